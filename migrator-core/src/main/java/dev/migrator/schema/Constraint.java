package dev.migrator.schema;

/**
 * A constraint of a table.
 * @param definition as {@code pg_get_constraintdef} gives it ({@code FOREIGN KEY (customer_id)
 * REFERENCES public.customers(id)})
 * @param validated false for a constraint added {@code NOT VALID} and not validated since
 */
public record Constraint(QualifiedName relation, String name, Type type, String definition, boolean validated)
		implements SchemaObject.OnRelation {

	@Override
	public String kind() {
		return "constraint";
	}

	@Override
	public String identity() {
		return this.relation + "." + this.name;
	}

	@Override
	public String describe() {
		return this.definition + (this.validated ? "" : " (not validated)");
	}

	public enum Type {

		PRIMARY_KEY, UNIQUE, FOREIGN_KEY, CHECK, EXCLUSION, TRIGGER;

		static Type of(String contype) {
			return switch (contype) {
				case "p" -> PRIMARY_KEY;
				case "u" -> UNIQUE;
				case "f" -> FOREIGN_KEY;
				case "c" -> CHECK;
				case "x" -> EXCLUSION;
				case "t" -> TRIGGER;
				default -> throw new IllegalArgumentException("Unknown constraint type " + contype);
			};
		}

	}

}
