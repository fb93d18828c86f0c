package dev.migrator.schema;

/**
 * An index, also one behind a primary key or unique constraint.
 * @param definition as {@code pg_get_indexdef} gives it
 * @param method the access method ({@code btree}, {@code gin}, ...)
 */
public record Index(QualifiedName name, QualifiedName relation, String definition, boolean unique, boolean partial,
		String method) implements SchemaObject.OnRelation {

	@Override
	public String kind() {
		return "index";
	}

	@Override
	public String identity() {
		return this.name.toString();
	}

	@Override
	public String describe() {
		return this.definition;
	}

}
