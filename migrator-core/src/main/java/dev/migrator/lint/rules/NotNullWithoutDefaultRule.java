package dev.migrator.lint.rules;

import dev.migrator.lint.FileContext;
import dev.migrator.lint.Findings;
import dev.migrator.lint.Severity;
import dev.migrator.lint.StatementView;

/**
 * {@code not-null-without-default}: ADD COLUMN … NOT NULL without DEFAULT on an existing table.
 */
final class NotNullWithoutDefaultRule extends ExistingTableActionRule {

	@Override
	public String id() {
		return "not-null-without-default";
	}

	@Override
	public Severity defaultSeverity() {
		return Severity.ERROR;
	}

	@Override
	void checkAction(StatementView statement, int[] action, String table, FileContext file, Findings findings) {
		if (statement.isWord(action[0], "add") && !statement.isWord(action[0] + 1, "constraint")
				&& Ranges.has(statement, action, "not", "null") && !Ranges.has(statement, action, "default")
				&& !Ranges.isTableConstraint(statement, action[0] + 1)) {
			findings.report(statement.tokens().get(action[0]).line(), "Adding a NOT NULL column without a"
					+ " default to the existing table " + table + " fails as soon as the table has a row.",
					"Add the column with a constant DEFAULT (instant from PostgreSQL 11), or add it nullable,"
							+ " backfill, then add NOT NULL the safe way (CHECK ... NOT VALID, VALIDATE, SET NOT NULL).");
		}
	}

}
