package dev.migrator.schema;

/** A composite type; its attributes are {@link Column}s of it. */
public record CompositeType(QualifiedName name) implements SchemaObject {

	@Override
	public String kind() {
		return "composite type";
	}

	@Override
	public String identity() {
		return this.name.toString();
	}

	@Override
	public String describe() {
		return "";
	}

}
