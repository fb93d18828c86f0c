package dev.migrator.lint.rules;

import java.util.Locale;

import dev.migrator.sql.TransactionRules;

import dev.migrator.lint.FileContext;
import dev.migrator.lint.Findings;
import dev.migrator.lint.LintRule;
import dev.migrator.lint.Severity;
import dev.migrator.lint.StatementView;

/**
 * {@code transaction-control}: BEGIN/COMMIT/ROLLBACK/SAVEPOINT other than one wrapper around the whole file.
 */
public final class TransactionControlRule implements LintRule {

	@Override
	public String id() {
		return "transaction-control";
	}

	@Override
	public Severity defaultSeverity() {
		return Severity.ERROR;
	}

	@Override
	public boolean checksDownFiles() {
		return true;
	}

	@Override
	public void check(StatementView statement, FileContext file, Findings findings) {
		if (TransactionRules.isTransactionControl(statement.statement())) {
			findings.report(statement.line(), "Transaction control (" + statement.word(0).toUpperCase(Locale.ROOT)
					+ ") inside a migration breaks the engine's transaction: the history row would no longer commit"
					+ " with the migration.", "Remove it. A BEGIN and COMMIT around the whole file are fine."
							+ " For statements that cannot run in a transaction use -- migrator:no-transaction.");
		}
	}

}
