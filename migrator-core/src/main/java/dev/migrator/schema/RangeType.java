package dev.migrator.schema;

/** A range type over its subtype ({@code CREATE TYPE ... AS RANGE (subtype = ...)}). */
public record RangeType(QualifiedName name, String subtype) implements SchemaObject {

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
		return "range of " + this.subtype;
	}

}
