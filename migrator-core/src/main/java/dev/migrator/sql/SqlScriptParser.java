package dev.migrator.sql;

import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a migration file and checks its file-level rules: a {@code BEGIN; … COMMIT;}
 * wrapper around the whole file is recognised and removed, any other transaction control is
 * refused, and a statement PostgreSQL runs only outside a transaction needs the
 * {@code -- migrator:no-transaction} directive. COPY data is checked for its terminator but
 * not kept.
 */
public final class SqlScriptParser {

	static final String NO_TRANSACTION = "no-transaction";

	private SqlScriptParser() {
	}

	public static SqlScript parse(String fileName, String content) {
		return parse(fileName, new StringReader(content));
	}

	public static SqlScript parse(String fileName, Reader reader) {
		SqlStatementReader statements = new SqlStatementReader(fileName, reader, true);
		List<SqlStatement> all = new ArrayList<>();
		int firstStatementLine = Integer.MAX_VALUE;
		boolean copyData = false;
		while (statements.hasNext()) {
			SqlStatement statement = statements.next();
			copyData |= statements.copyData() != null;
			firstStatementLine = Math.min(firstStatementLine, statement.line());
			all.add(statement);
		}
		List<Directive> directives = statements.directives();
		boolean noTransaction = hasNoTransaction(directives, firstStatementLine);
		boolean wrapped = isWrapped(all);
		List<SqlStatement> body = wrapped ? List.copyOf(all.subList(1, all.size() - 1)) : List.copyOf(all);
		if (wrapped && noTransaction) {
			SqlStatement begin = all.get(0);
			throw new SqlSyntaxException(fileName, begin.line(), begin.column(), "the file is wrapped in BEGIN; ..."
					+ " COMMIT; and also says -- migrator:no-transaction; remove one of the two");
		}
		for (SqlStatement statement : body) {
			List<Token> tokens = statement.tokens();
			if (TransactionRules.isTransactionControl(new TransactionRules.Words(tokens))) {
				throw new SqlSyntaxException(fileName, statement.line(), statement.column(), "transaction control ("
						+ tokens.get(0).text() + ") is not allowed mid-file: Migrator runs each migration in its own"
						+ " transaction. Remove it; a file may only be wrapped as a whole in BEGIN; ... COMMIT;, or"
						+ " use -- migrator:no-transaction to run statements one by one");
			}
			if (!noTransaction && TransactionRules.refusedInTransaction(tokens)) {
				throw new SqlSyntaxException(fileName, statement.line(), statement.column(),
						"PostgreSQL cannot run this statement inside a transaction block; add the comment"
								+ " -- migrator:no-transaction at the top of the file to run it outside a transaction");
			}
		}
		return new SqlScript(fileName, body, noTransaction, wrapped, directives, copyData);
	}

	private static boolean hasNoTransaction(List<Directive> directives, int firstStatementLine) {
		for (Directive directive : directives) {
			if (directive.name().equals(NO_TRANSACTION) && directive.line() < firstStatementLine) {
				return true;
			}
		}
		return false;
	}

	private static boolean isWrapped(List<SqlStatement> statements) {
		if (statements.size() < 2) {
			return false;
		}
		TransactionRules.Words first = new TransactionRules.Words(statements.get(0).tokens());
		TransactionRules.Words last = new TransactionRules.Words(statements.get(statements.size() - 1).tokens());
		return TransactionRules.isBegin(first) && TransactionRules.isCommit(last);
	}

}
