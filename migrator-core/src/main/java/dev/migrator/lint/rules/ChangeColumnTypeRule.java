package dev.migrator.lint.rules;

import dev.migrator.lint.FileContext;
import dev.migrator.lint.Findings;
import dev.migrator.lint.Severity;
import dev.migrator.lint.StatementView;

/**
 * {@code change-column-type}: a type change that rewrites the table (widening varchar or to text is safe).
 */
final class ChangeColumnTypeRule extends ExistingTableActionRule {

	@Override
	public String id() {
		return "change-column-type";
	}

	@Override
	public Severity defaultSeverity() {
		return Severity.ERROR;
	}

	@Override
	void checkAction(StatementView statement, int[] action, String table, FileContext file, Findings findings) {
		int type = statement.indexOfWord("type", action[0], action[1]);
		if (!statement.isWord(action[0], "alter") || type < 0) {
			return;
		}
		String target = statement.word(type + 1);
		boolean widening = (target.equals("text") || target.equals("varchar") || target.equals("citext")
				|| (target.equals("character") && statement.isWord(type + 2, "varying")))
				&& !Ranges.has(statement, action, "using");
		if (!widening) {
			findings.report(statement.tokens().get(action[0]).line(), "Changing a column's type to " + target
					+ " on the existing table " + table + " rewrites the table under an ACCESS EXCLUSIVE lock.",
					"Expand and contract: add a new column, backfill it in batches, switch the code over, then drop"
							+ " the old column. Widening varchar or changing to text is safe.");
		}
	}

}
