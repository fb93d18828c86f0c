package dev.migrator.lint.rules;

import dev.migrator.lint.FileContext;
import dev.migrator.lint.Findings;
import dev.migrator.lint.LintRule;
import dev.migrator.lint.Severity;
import dev.migrator.lint.StatementView;

/**
 * {@code rename-column}: renaming a column breaks deployed code.
 */
final class RenameColumnRule implements LintRule {

	@Override
	public String id() {
		return "rename-column";
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
			if (statement.isWord(action[0], "rename") && !statement.isWord(action[0] + 1, "to")
					&& !statement.isWord(action[0] + 1, "constraint")) {
				findings.report(statement.tokens().get(action[0]).line(), "Renaming a column of " + table
						+ " breaks code still deployed that uses the old name.",
						"Add the new column, write both, backfill, move readers, then drop the old one; or rename in a"
								+ " release where no running code uses the column.");
			}
		}
	}

}
