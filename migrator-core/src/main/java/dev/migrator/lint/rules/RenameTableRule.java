package dev.migrator.lint.rules;

import dev.migrator.lint.FileContext;
import dev.migrator.lint.Findings;
import dev.migrator.lint.LintRule;
import dev.migrator.lint.Severity;
import dev.migrator.lint.StatementView;

/**
 * {@code rename-table}: renaming a table breaks deployed code.
 */
final class RenameTableRule implements LintRule {

	@Override
	public String id() {
		return "rename-table";
	}

	@Override
	public Severity defaultSeverity() {
		return Severity.WARNING;
	}

	@Override
	public void check(StatementView statement, FileContext file, Findings findings) {
		String table = statement.alteredTable();
		if (table == null) {
			return;
		}
		for (int[] action : statement.alterActions()) {
			if (statement.matchesAt(action[0], "rename", "to")) {
				findings.report(statement.line(), "Renaming the table " + table + " breaks code still deployed that"
						+ " uses the old name.", "Create a view with the old name for the transition, or rename in a"
								+ " release where no running code uses the table.");
			}
		}
	}

}
