package dev.migrator.lint.rules;

import java.util.List;

import dev.migrator.lint.FileContext;
import dev.migrator.lint.Findings;
import dev.migrator.lint.Severity;
import dev.migrator.lint.StatementView;

/**
 * {@code unique-constraint}: UNIQUE or PRIMARY KEY added without USING INDEX.
 */
final class UniqueConstraintRule extends ExistingTableActionRule {

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
					usingIndexAdvice(statement, action, table));
		}
	}

	/** Build the index concurrently, then attach it: the name PostgreSQL would give when the constraint has none. */
	private static String usingIndexAdvice(StatementView statement, int[] action, String table) {
		boolean primaryKey = Ranges.has(statement, action, "primary", "key");
		List<String> columns = statement.columnList(action[0], action[1]);
		String name = statement.isWord(action[0] + 1, "constraint") ? statement.word(action[0] + 2)
				: primaryKey ? table + "_pkey" : table + "_" + String.join("_", columns) + "_key";
		return "Build the index first, in a file marked -- migrator:no-transaction: CREATE UNIQUE INDEX CONCURRENTLY"
				+ " IF NOT EXISTS " + name + " ON " + table + " (" + String.join(", ", columns) + "); then ALTER TABLE "
				+ table + " ADD CONSTRAINT " + name + (primaryKey ? " PRIMARY KEY" : " UNIQUE") + " USING INDEX "
				+ name + ";";
	}

}
