package dev.migrator.lint.rules;

import dev.migrator.lint.FileContext;
import dev.migrator.lint.Findings;
import dev.migrator.lint.LintRule;
import dev.migrator.lint.Severity;
import dev.migrator.lint.StatementView;

/**
 * {@code drop-schema}: dropping a schema loses everything in it.
 */
final class DropSchemaRule implements LintRule {

	@Override
	public String id() {
		return "drop-schema";
	}

	@Override
	public Severity defaultSeverity() {
		return Severity.ERROR;
	}

	@Override
	public void check(StatementView statement, FileContext file, Findings findings) {
		if (statement.startsWith("drop", "schema")) {
			findings.report(statement.line(), "DROP SCHEMA destroys every object in the schema.",
					"Drop the objects one by one in releases that no longer use them, then the empty schema,"
							+ " with -- migrator:allow drop-schema.");
		}
	}

}
