package dev.migrator.lint.rules;

import dev.migrator.lint.FileContext;
import dev.migrator.lint.Findings;
import dev.migrator.lint.LintRule;
import dev.migrator.lint.Severity;
import dev.migrator.lint.StatementView;

/**
 * {@code delete-without-where}: DELETE without a WHERE clause.
 */
final class DeleteWithoutWhereRule implements LintRule {

	@Override
	public String id() {
		return "delete-without-where";
	}

	@Override
	public Severity defaultSeverity() {
		return Severity.ERROR;
	}

	@Override
	public void check(StatementView statement, FileContext file, Findings findings) {
		if (statement.startsWith("delete") && !statement.hasTopLevelWord("where")) {
			findings.report(statement.line(), "DELETE without WHERE removes every row of the table.",
					"Add the WHERE clause you mean, or use TRUNCATE deliberately with -- migrator:allow delete-without-where.");
		}
	}

}
