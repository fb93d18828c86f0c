package dev.migrator.history;

/**
 * A schema-qualified table name, always rendered with quoted identifiers so that names
 * containing quotes, spaces or semicolons are used as names and never as SQL.
 */
public record QualifiedName(String schema, String table) {

	public QualifiedName {
		requireName(schema, "schema");
		requireName(table, "table");
	}

	/** The same schema with another table name. */
	QualifiedName withTable(String otherTable) {
		return new QualifiedName(this.schema, otherTable);
	}

	/** {@code "schema"."table"}, safe to splice into SQL. */
	public String sql() {
		return quote(this.schema) + "." + quote(this.table);
	}

	/** The schema's name, quoted, safe to splice into SQL. */
	String schemaSql() {
		return quote(this.schema);
	}

	@Override
	public String toString() {
		return this.schema + "." + this.table;
	}

	static String quote(String identifier) {
		return "\"" + identifier.replace("\"", "\"\"") + "\"";
	}

	private static void requireName(String name, String what) {
		if (name == null || name.isEmpty()) {
			throw new IllegalArgumentException("The history " + what + " name must not be empty");
		}
		if (name.indexOf('\0') >= 0) {
			throw new IllegalArgumentException("The history " + what + " name must not contain a NUL character");
		}
	}

}
