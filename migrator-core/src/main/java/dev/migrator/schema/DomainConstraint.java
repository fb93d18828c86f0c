package dev.migrator.schema;

/**
 * A constraint of a domain.
 * @param definition as {@code pg_get_constraintdef} gives it ({@code CHECK (VALUE > 0)})
 */
public record DomainConstraint(QualifiedName domain, String name, String definition, boolean validated)
		implements SchemaObject {

	@Override
	public String kind() {
		return "constraint";
	}

	@Override
	public String identity() {
		return this.domain + "." + this.name;
	}

	@Override
	public String describe() {
		return this.definition + (this.validated ? "" : " (not validated)");
	}

}
