package dev.migrator.lint.rules;

import dev.migrator.lint.FileContext;
import dev.migrator.lint.Findings;
import dev.migrator.lint.Severity;
import dev.migrator.lint.StatementView;

/**
 * {@code constraint-not-valid}: FOREIGN KEY or CHECK added to an existing table without NOT VALID.
 */
final class ConstraintNotValidRule extends ExistingTableActionRule {

	@Override
	public String id() {
		return "constraint-not-valid";
	}

	@Override
	public Severity defaultSeverity() {
		return Severity.ERROR;
	}

	@Override
	void checkAction(StatementView statement, int[] action, String table, FileContext file, Findings findings) {
		if (!statement.isWord(action[0], "add")) {
			return;
		}
		boolean foreignKey = Ranges.has(statement, action, "foreign", "key");
		boolean check = Ranges.has(statement, action, "check") && Ranges.isTableConstraint(statement, action[0] + 1);
		if ((foreignKey || check) && !Ranges.has(statement, action, "not", "valid")) {
			findings.report(statement.tokens().get(action[0]).line(), "Adding a " + (foreignKey ? "foreign key"
					: "check constraint") + " to the existing table " + table + " checks every row while holding a"
					+ " lock that blocks writes" + (foreignKey ? " on both tables" : "") + ".",
					validateAdvice(statement, action, table));
		}
	}

	/** The statement with NOT VALID, and how to validate it (a constraint must have a name for that). */
	private static String validateAdvice(StatementView statement, int[] action, String table) {
		String notValid = statement.rewritten(action[1], "NOT VALID");
		if (!statement.isWord(action[0] + 1, "constraint")) {
			return "Name the constraint (ADD CONSTRAINT name ...), add it NOT VALID (instant): " + notValid
					+ " then validate it by name in a separate statement, whose lock lets reads and writes go on.";
		}
		return "Add it NOT VALID (instant): " + notValid + " then validate it in a separate statement, whose lock"
				+ " lets reads and writes go on: ALTER TABLE " + table + " VALIDATE CONSTRAINT "
				+ statement.word(action[0] + 2) + ";";
	}

}
