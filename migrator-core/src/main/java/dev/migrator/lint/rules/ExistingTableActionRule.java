package dev.migrator.lint.rules;

import dev.migrator.lint.FileContext;
import dev.migrator.lint.Findings;
import dev.migrator.lint.LintRule;
import dev.migrator.lint.StatementView;

/**
 * A rule about the actions of an ALTER TABLE on a table that existed before the file: the
 * locking rules, which a table created earlier in the same file escapes.
 */
abstract class ExistingTableActionRule implements LintRule {

	@Override
	public final void check(StatementView statement, FileContext file, Findings findings) {
		String table = statement.alteredTable();
		if (table == null || file.isNew(table)) {
			return;
		}
		for (int[] action : statement.alterActions()) {
			checkAction(statement, action, table, file, findings);
		}
	}

	/** Checks one comma-separated action, {@code action} being its range of token indexes. */
	abstract void checkAction(StatementView statement, int[] action, String table, FileContext file,
			Findings findings);

}
