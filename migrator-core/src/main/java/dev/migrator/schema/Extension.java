package dev.migrator.schema;

/** An installed extension; the objects it created are not part of the schema model. */
public record Extension(String name, String schema) implements SchemaObject {

	@Override
	public String kind() {
		return "extension";
	}

	@Override
	public String identity() {
		return this.name;
	}

	@Override
	public String describe() {
		return "in schema " + this.schema;
	}

}
