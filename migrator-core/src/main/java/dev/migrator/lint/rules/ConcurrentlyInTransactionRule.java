package dev.migrator.lint.rules;

import dev.migrator.lint.FileContext;
import dev.migrator.lint.Findings;
import dev.migrator.lint.LintRule;
import dev.migrator.lint.Severity;
import dev.migrator.lint.StatementView;
import dev.migrator.sql.TransactionViolation;
import dev.migrator.sql.TransactionViolation.Kind;

/**
 * {@code concurrently-in-transaction}: CONCURRENTLY (or VACUUM, …) in a transactional file, as the parser finds it
 * and a run refuses it.
 */
final class ConcurrentlyInTransactionRule implements LintRule {

	@Override
	public String id() {
		return "concurrently-in-transaction";
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
		if (violation != null && violation.kind() == Kind.REFUSED_IN_TRANSACTION) {
			findings.report(statement.line(), "PostgreSQL refuses to run this statement inside a transaction block,"
					+ " and every migration runs in one unless it says otherwise.",
					"Put it in its own file that starts with -- migrator:no-transaction.");
		}
	}

}
