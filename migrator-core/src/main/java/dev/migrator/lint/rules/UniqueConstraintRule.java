package dev.migrator.lint.rules;

import dev.migrator.lint.FileContext;
import dev.migrator.lint.Findings;
import dev.migrator.lint.Severity;
import dev.migrator.lint.StatementView;

/**
 * {@code unique-constraint}: UNIQUE or PRIMARY KEY added without USING INDEX.
 */
public final class UniqueConstraintRule extends ExistingTableActionRule {

	@Override
	public String id() {
		return "unique-constraint";
	}

	@Override
	public Severity defaultSeverity() {
		return Severity.ERROR;
	}

	@Override
	void checkAction(StatementView statement, int[] action, String table, FileContext file, Findings findings) {
		if (statement.isWord(action[0], "add") && (Ranges.has(statement, action, "unique")
				|| Ranges.has(statement, action, "primary", "key"))
				&& Ranges.isTableConstraint(statement, action[0] + 1)
				&& !Ranges.has(statement, action, "using", "index")) {
			findings.report(statement.tokens().get(action[0]).line(), "Adding a UNIQUE or PRIMARY KEY constraint"
					+ " to the existing table " + table + " builds its index under an ACCESS EXCLUSIVE lock.",
					"CREATE UNIQUE INDEX CONCURRENTLY first (no-transaction file), then ADD CONSTRAINT ... UNIQUE"
							+ " USING INDEX (or PRIMARY KEY USING INDEX).");
		}
	}

}
