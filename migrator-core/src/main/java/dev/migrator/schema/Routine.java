package dev.migrator.schema;

/**
 * A function, procedure, window function or aggregate, one per signature.
 * @param arguments the identity arguments ({@code bigint, text}) that tell overloads apart
 * @param definition the {@code CREATE OR REPLACE} statement {@code pg_get_functiondef} gives,
 * or, for an aggregate, which has none, its result type
 */
public record Routine(QualifiedName name, String arguments, Kind routineKind, String definition)
		implements SchemaObject {

	@Override
	public String kind() {
		return (this.routineKind == Kind.AGGREGATE) ? "aggregate" : "function";
	}

	@Override
	public String identity() {
		return this.name + "(" + this.arguments + ")";
	}

	@Override
	public String describe() {
		return this.definition;
	}

	public enum Kind {

		FUNCTION, PROCEDURE, WINDOW, AGGREGATE;

		static Kind of(String prokind) {
			return switch (prokind) {
				case "f" -> FUNCTION;
				case "p" -> PROCEDURE;
				case "w" -> WINDOW;
				case "a" -> AGGREGATE;
				default -> throw new IllegalArgumentException("Unknown routine kind " + prokind);
			};
		}

	}

}
