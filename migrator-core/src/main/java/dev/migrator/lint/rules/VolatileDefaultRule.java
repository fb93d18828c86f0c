package dev.migrator.lint.rules;

import dev.migrator.lint.FileContext;
import dev.migrator.lint.Findings;
import dev.migrator.lint.Severity;
import dev.migrator.lint.StatementView;

/**
 * {@code volatile-default}: ADD COLUMN with a volatile default rewrites the table.
 */
final class VolatileDefaultRule extends ExistingTableActionRule {

	@Override
	public String id() {
		return "volatile-default";
	}

	@Override
	public Severity defaultSeverity() {
		return Severity.ERROR;
	}

	@Override
	void checkAction(StatementView statement, int[] action, String table, FileContext file, Findings findings) {
		if (!statement.isWord(action[0], "add") || Ranges.isTableConstraint(statement, action[0] + 1)) {
			return;
		}
		String volatileCall = Ranges.volatileCall(statement, action);
		boolean anyDefault = Ranges.has(statement, action, "default");
		if (volatileCall != null || (anyDefault && file.postgresMajor() < 11)) {
			findings.report(statement.tokens().get(action[0]).line(), "Adding a column with "
					+ ((volatileCall != null) ? "the volatile default " + volatileCall
							: "a default before PostgreSQL 11")
					+ " rewrites the existing table " + table + " under an ACCESS EXCLUSIVE lock.",
					"Add the column without a default (or with a constant one), set the default for new rows with"
							+ " ALTER COLUMN ... SET DEFAULT, and backfill existing rows in batches.");
		}
	}

}
