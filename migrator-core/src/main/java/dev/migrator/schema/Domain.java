package dev.migrator.schema;

import static dev.migrator.schema.Facts.join;
import static dev.migrator.schema.Facts.prefixed;
import static dev.migrator.schema.Facts.when;

/**
 * A domain; its constraints are {@link DomainConstraint}s.
 * @param baseType as {@code format_type} gives it
 * @param defaultExpression the default, or null
 */
public record Domain(QualifiedName name, String baseType, boolean notNull, String defaultExpression)
		implements SchemaObject {

	@Override
	public String kind() {
		return "domain";
	}

	@Override
	public String identity() {
		return this.name.toString();
	}

	@Override
	public String describe() {
		return join(this.baseType, when(this.notNull, "not null"), prefixed("default ", this.defaultExpression));
	}

}
