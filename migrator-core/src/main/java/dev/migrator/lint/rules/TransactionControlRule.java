package dev.migrator.lint.rules;

import java.util.Locale;

import dev.migrator.lint.FileContext;
import dev.migrator.lint.Findings;
import dev.migrator.lint.LintRule;
import dev.migrator.lint.Severity;
import dev.migrator.lint.StatementView;
import dev.migrator.sql.TransactionViolation;
import dev.migrator.sql.TransactionViolation.Kind;

/**
 * {@code transaction-control}: BEGIN/COMMIT/ROLLBACK/SAVEPOINT other than one wrapper around the whole file,
 * or a wrapper in a file that says {@code -- migrator:no-transaction}: what the parser finds and a run refuses.
 */
final class TransactionControlRule implements LintRule {

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
		TransactionViolation violation = file.violationAt(statement);
		if (violation != null && violation.kind() == Kind.TRANSACTION_CONTROL) {
			findings.report(statement.line(), "Transaction control (" + statement.word(0).toUpperCase(Locale.ROOT)
					+ ") inside a migration breaks the engine's transaction: the history row would no longer commit"
					+ " with the migration.", "Remove it. A BEGIN and COMMIT around the whole file are fine."
							+ " For statements that cannot run in a transaction use -- migrator:no-transaction.");
		}
	}

	@Override
	public void finish(FileContext file, Findings findings) {
		// the wrapper's BEGIN is no statement of the body, so its contradiction is reported here
		for (TransactionViolation violation : file.violations()) {
			if (violation.kind() == Kind.WRAPPED_AND_NO_TRANSACTION) {
				findings.report(violation.line(), "The file is wrapped in BEGIN; ... COMMIT; and also says"
						+ " -- migrator:no-transaction: a run refuses it.",
						"Remove the directive to run the file in one transaction, or the BEGIN and COMMIT to run"
								+ " its statements one by one.");
			}
		}
	}

}
