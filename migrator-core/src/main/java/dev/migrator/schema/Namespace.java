package dev.migrator.schema;

/** A schema (namespace) of the database. */
public record Namespace(String name) implements SchemaObject {

	@Override
	public String kind() {
		return "schema";
	}

	@Override
	public String identity() {
		return this.name;
	}

	@Override
	public String describe() {
		return "";
	}

}
