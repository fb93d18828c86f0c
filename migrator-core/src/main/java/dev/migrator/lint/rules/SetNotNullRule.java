package dev.migrator.lint.rules;

import dev.migrator.lint.FileContext;
import dev.migrator.lint.Findings;
import dev.migrator.lint.Severity;
import dev.migrator.lint.StatementView;

/**
 * {@code set-not-null}: SET NOT NULL scans the table under an exclusive lock unless a validated check proves it.
 */
final class SetNotNullRule extends ExistingTableActionRule {

	@Override
	public String id() {
		return "set-not-null";
	}

	@Override
	public Severity defaultSeverity() {
		return Severity.ERROR;
	}

	@Override
	void checkAction(StatementView statement, int[] action, String table, FileContext file, Findings findings) {
		int set = statement.indexOfWord("set", action[0], action[1]);
		if (statement.isWord(action[0], "alter") && set > 0 && statement.matchesAt(set + 1, "not", "null")) {
			String column = statement.word(statement.isWord(action[0] + 1, "column") ? action[0] + 2 : action[0] + 1);
			if (!file.hasValidatedNotNullCheck(table, column)) {
				String check = table + "_" + column + "_not_null";
				findings.report(statement.tokens().get(action[0]).line(), "SET NOT NULL on " + table + "."
						+ column + " scans the whole table under an ACCESS EXCLUSIVE lock, blocking reads and writes.",
						"Prove it first without blocking: ALTER TABLE " + table + " ADD CONSTRAINT " + check + " CHECK ("
								+ column + " IS NOT NULL) NOT VALID; then ALTER TABLE " + table + " VALIDATE CONSTRAINT "
								+ check + "; SET NOT NULL then uses the validated check (PostgreSQL 12+), after which"
								+ " ALTER TABLE " + table + " DROP CONSTRAINT " + check + "; removes it.");
			}
		}
	}

}
