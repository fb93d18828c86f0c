package dev.migrator.sql;

import java.util.ArrayList;
import java.util.List;

import dev.migrator.SqlSyntaxException;
import dev.migrator.sql.TransactionViolation.Kind;

/**
 * The file-level rules of {@link SqlScriptParser}, checked as the statements stream past:
 * only the first statement (when it may open a wrapper) and the latest one (which may close
 * it) are held, so a file of any size is checked with memory for its violations only. The
 * one definition of the wrapper and of the transaction rules: a run refuses, validate reports
 * and lint flags what this finds.
 */
final class FileRules {

	private final SqlStatementReader reader;

	private final List<TransactionViolation> violations = new ArrayList<>();

	private boolean noTransaction;

	private int firstLine = Integer.MAX_VALUE;

	private SqlStatement opening;

	private SqlStatement latest;

	private int count;

	private boolean wrapped;

	FileRules(SqlStatementReader reader) {
		this.reader = reader;
	}

	void accept(SqlStatement statement) {
		if (this.count++ == 0) {
			this.firstLine = statement.line();
			this.noTransaction = hasNoTransaction(this.reader.directives(), statement.line());
			if (statement.facts().opensTransaction()) {
				this.opening = statement;
				return;
			}
		}
		else if (this.latest != null) {
			check(this.latest);
		}
		this.latest = statement;
	}

	/** Ends the file, once every statement was read. */
	void finish() {
		if (this.count == 0) {
			// a file of comments only (a no-op) keeps its directive: it runs as it says
			this.noTransaction = hasNoTransaction(this.reader.directives(), Integer.MAX_VALUE);
		}
		this.wrapped = this.opening != null && this.latest != null && this.latest.facts().commits();
		if (this.opening != null && !this.wrapped) {
			// an opening BEGIN that is no wrapper comes first in the file
			this.violations.add(0, transactionControl(this.opening));
		}
		if (this.wrapped && this.noTransaction) {
			this.violations.add(0, new TransactionViolation(Kind.WRAPPED_AND_NO_TRANSACTION, this.opening.line(),
					this.opening.column(), "the file is wrapped in BEGIN; ... COMMIT; and also says"
							+ " -- migrator:no-transaction; remove one of the two"));
		}
		if (!this.wrapped && this.latest != null) {
			check(this.latest);
		}
	}

	/** Whether the file wraps itself in {@code BEGIN; … COMMIT;}. */
	boolean wrapped() {
		return this.wrapped;
	}

	boolean noTransaction() {
		return this.noTransaction;
	}

	int firstLine() {
		return this.firstLine;
	}

	List<TransactionViolation> violations() {
		return List.copyOf(this.violations);
	}

	private void check(SqlStatement statement) {
		if (statement.facts().transactionControl()) {
			this.violations.add(transactionControl(statement));
		}
		else if (!this.noTransaction && statement.facts().refusedInTransaction()) {
			this.violations.add(new TransactionViolation(Kind.REFUSED_IN_TRANSACTION, statement.line(),
					statement.column(), "PostgreSQL cannot run this statement inside a transaction block; add the"
							+ " comment -- migrator:no-transaction at the top of the file to run it outside a transaction"));
		}
	}

	private static TransactionViolation transactionControl(SqlStatement statement) {
		return new TransactionViolation(Kind.TRANSACTION_CONTROL, statement.line(), statement.column(),
				"transaction control (" + statement.tokens().get(0).text() + ") is not allowed mid-file: Migrator"
						+ " runs each migration in its own transaction. Remove it; a file may only be wrapped as a whole"
						+ " in BEGIN; ... COMMIT;, or use -- migrator:no-transaction to run statements one by one");
	}

	private static boolean hasNoTransaction(List<Directive> directives, int firstStatementLine) {
		for (Directive directive : directives) {
			if (directive.name().equals(SqlScriptParser.NO_TRANSACTION) && directive.line() < firstStatementLine) {
				return true;
			}
		}
		return false;
	}

}
