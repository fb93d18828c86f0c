package dev.migrator.lint.rules;

import dev.migrator.lint.FileContext;
import dev.migrator.lint.Findings;
import dev.migrator.lint.LintRule;
import dev.migrator.lint.Severity;
import dev.migrator.lint.StatementView;

/**
 * {@code update-without-where}: UPDATE without a WHERE clause.
 */
final class UpdateWithoutWhereRule implements LintRule {

	@Override
	public String id() {
		return "update-without-where";
	}

	@Override
	public Severity defaultSeverity() {
		return Severity.WARNING;
	}

	@Override
	public void check(StatementView statement, FileContext file, Findings findings) {
		if (statement.startsWith("update") && !statement.hasTopLevelWord("where")) {
			findings.report(statement.line(), "UPDATE without WHERE rewrites every row of the table in one"
					+ " transaction, holding row locks on all of them.",
					"Backfill in batches (WHERE id BETWEEN ...), or add the WHERE clause you mean.");
		}
	}

}
