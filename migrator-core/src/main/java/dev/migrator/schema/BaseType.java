package dev.migrator.schema;

/** A base type defined outside an extension (rare: it needs functions written in C). */
public record BaseType(QualifiedName name) implements SchemaObject {

	@Override
	public String kind() {
		return "type";
	}

	@Override
	public String identity() {
		return this.name.toString();
	}

	@Override
	public String describe() {
		return "base type";
	}

}
