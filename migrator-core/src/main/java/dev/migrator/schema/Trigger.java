package dev.migrator.schema;

/**
 * A trigger on a table or view.
 * @param definition as {@code pg_get_triggerdef} gives it
 */
public record Trigger(QualifiedName relation, String name, String definition, Firing firing)
		implements SchemaObject.OnRelation {

	@Override
	public String kind() {
		return "trigger";
	}

	@Override
	public String identity() {
		return this.relation + "." + this.name;
	}

	@Override
	public String describe() {
		return this.definition + switch (this.firing) {
			case ORIGIN -> "";
			case DISABLED -> " (disabled)";
			case REPLICA -> " (enabled replica)";
			case ALWAYS -> " (enabled always)";
		};
	}

	/** When the trigger fires, as {@code ALTER TABLE ... ENABLE/DISABLE TRIGGER} sets it. */
	public enum Firing {

		ORIGIN, DISABLED, REPLICA, ALWAYS;

		static Firing of(String tgenabled) {
			return switch (tgenabled) {
				case "O" -> ORIGIN;
				case "D" -> DISABLED;
				case "R" -> REPLICA;
				case "A" -> ALWAYS;
				default -> throw new IllegalArgumentException("Unknown trigger state " + tgenabled);
			};
		}

	}

}
