package dev.migrator.schema;

/**
 * A comment on an object.
 * @param target what kind of object it is on: {@code relation}, {@code column}, {@code function},
 * {@code type} or {@code schema}
 * @param on the identity of that object, as the object's own {@link SchemaObject#identity()}
 */
public record Comment(String target, String on, String text) implements SchemaObject {

	@Override
	public String kind() {
		return "comment on " + this.target;
	}

	@Override
	public String identity() {
		return this.on;
	}

	@Override
	public String describe() {
		return this.text;
	}

}
