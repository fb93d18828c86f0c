package dev.migrator.lint.rules;

import dev.migrator.lint.FileContext;
import dev.migrator.lint.Findings;
import dev.migrator.lint.LintRule;
import dev.migrator.lint.Severity;
import dev.migrator.lint.StatementView;

/**
 * {@code drop-table}: dropping a table loses data and breaks code still using it.
 */
final class DropTableRule implements LintRule {

	@Override
	public String id() {
		return "drop-table";
	}

	@Override
	public Severity defaultSeverity() {
		return Severity.ERROR;
	}

	@Override
	public void check(StatementView statement, FileContext file, Findings findings) {
		if (statement.startsWith("drop", "table")) {
			findings.report(statement.line(), "DROP TABLE destroys the table and its data; code still deployed"
					+ " that reads it fails at once.", "Stop using the table in a release first, drop it in a later"
					+ " one, and say so with -- migrator:allow drop-table.");
		}
	}

}
