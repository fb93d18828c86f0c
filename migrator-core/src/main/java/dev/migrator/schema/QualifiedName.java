package dev.migrator.schema;

/** An object's name within its schema, as PostgreSQL stores it (unquoted). */
public record QualifiedName(String schema, String name) {

	@Override
	public String toString() {
		return this.schema + "." + this.name;
	}

}
