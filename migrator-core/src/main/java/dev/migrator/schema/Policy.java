package dev.migrator.schema;

import static dev.migrator.schema.Facts.join;
import static dev.migrator.schema.Facts.prefixed;
import static dev.migrator.schema.Facts.when;

/**
 * A row level security policy.
 * @param command {@code ALL}, {@code SELECT}, {@code INSERT}, {@code UPDATE} or {@code DELETE}
 * @param using the {@code USING} expression, or null
 * @param withCheck the {@code WITH CHECK} expression, or null
 */
public record Policy(QualifiedName relation, String name, String command, boolean permissive, String using,
		String withCheck) implements SchemaObject.OnRelation {

	@Override
	public String kind() {
		return "policy";
	}

	@Override
	public String identity() {
		return this.relation + "." + this.name;
	}

	@Override
	public String describe() {
		return join(when(!this.permissive, "as restrictive"), "for " + this.command, prefixed("using ", this.using),
				prefixed("with check ", this.withCheck));
	}

	static String command(String polcmd) {
		return switch (polcmd) {
			case "r" -> "SELECT";
			case "a" -> "INSERT";
			case "w" -> "UPDATE";
			case "d" -> "DELETE";
			default -> "ALL";
		};
	}

}
