package dev.migrator.sql;

import java.util.List;

import dev.migrator.SqlSyntaxException;

/**
 * The file-level rules of {@link SqlScriptParser}, checked as the statements stream past:
 * only the first statement (when it may open a wrapper) and the latest one (which may close
 * it) are held, so a file of any size is checked in constant memory. The first rule broken,
 * in file order, is thrown by {@link #finish()}, after the whole file was read: a syntax
 * error anywhere in the file is reported before a rule broken earlier, as by a full parse.
 */
final class FileRules {

	private final String fileName;

	private final SqlStatementReader reader;

	private boolean noTransaction;

	private SqlStatement opening;

	private SqlStatement latest;

	private int count;

	private SqlSyntaxException firstBroken;

	FileRules(String fileName, SqlStatementReader reader) {
		this.fileName = fileName;
		this.reader = reader;
	}

	void accept(SqlStatement statement) {
		if (this.count++ == 0) {
			this.noTransaction = hasNoTransaction(this.reader.directives(), statement.line());
			if (TransactionRules.isBegin(new TransactionRules.Words(statement.tokens()))) {
				this.opening = statement;
				return;
			}
		}
		else if (this.latest != null) {
			check(this.latest);
		}
		this.latest = statement;
	}

	/**
	 * Ends the file.
	 * @return whether the file wraps itself in {@code BEGIN; … COMMIT;}
	 * @throws SqlSyntaxException naming the first rule the file breaks
	 */
	boolean finish() {
		if (this.count == 0) {
			// a file of comments only (a no-op) keeps its directive: it runs as it says
			this.noTransaction = hasNoTransaction(this.reader.directives(), Integer.MAX_VALUE);
		}
		boolean wrapped = this.opening != null && this.latest != null
				&& TransactionRules.isCommit(new TransactionRules.Words(this.latest.tokens()));
		if (this.opening != null && !wrapped) {
			// an opening BEGIN that is no wrapper comes first in the file
			throw transactionControl(this.opening);
		}
		if (wrapped && this.noTransaction) {
			throw new SqlSyntaxException(this.fileName, this.opening.line(), this.opening.column(), "the file is"
					+ " wrapped in BEGIN; ... COMMIT; and also says -- migrator:no-transaction; remove one of the two");
		}
		if (!wrapped && this.latest != null) {
			check(this.latest);
		}
		if (this.firstBroken != null) {
			throw this.firstBroken;
		}
		return wrapped;
	}

	boolean noTransaction() {
		return this.noTransaction;
	}

	private void check(SqlStatement statement) {
		if (this.firstBroken != null) {
			return;
		}
		List<Token> tokens = statement.tokens();
		if (TransactionRules.isTransactionControl(new TransactionRules.Words(tokens))) {
			this.firstBroken = transactionControl(statement);
		}
		else if (!this.noTransaction && TransactionRules.refusedInTransaction(tokens)) {
			this.firstBroken = new SqlSyntaxException(this.fileName, statement.line(), statement.column(),
					"PostgreSQL cannot run this statement inside a transaction block; add the comment"
							+ " -- migrator:no-transaction at the top of the file to run it outside a transaction");
		}
	}

	private SqlSyntaxException transactionControl(SqlStatement statement) {
		return new SqlSyntaxException(this.fileName, statement.line(), statement.column(), "transaction control ("
				+ statement.tokens().get(0).text() + ") is not allowed mid-file: Migrator runs each migration in its"
				+ " own transaction. Remove it; a file may only be wrapped as a whole in BEGIN; ... COMMIT;, or use"
				+ " -- migrator:no-transaction to run statements one by one");
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
