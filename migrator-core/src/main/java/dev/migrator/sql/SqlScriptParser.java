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
		return parse(fileName, reader, Long.MAX_VALUE);
	}

	/**
	 * Parses a file, holding its statements only while their text stays within
	 * {@code holdLimit} characters: a larger file is checked all the same, statement by
	 * statement, and comes back {@link SqlScript#streamed() streamed}.
	 */
	public static SqlScript parse(String fileName, Reader reader, long holdLimit) {
		SqlStatementReader statements = new SqlStatementReader(fileName, reader, true);
		List<SqlStatement> held = new ArrayList<>();
		long characters = 0;
		int count = 0;
		SqlStatement first = null;
		SqlStatement trailingCommit = null;
		boolean noTransaction = false;
		boolean copyData = false;
		while (statements.hasNext()) {
			SqlStatement statement = statements.next();
			copyData |= statements.copyData() != null;
			if (trailingCommit != null) {
				check(fileName, trailingCommit, noTransaction);
				trailingCommit = null;
			}
			List<Token> tokens = statement.tokens();
			TransactionRules.Words words = new TransactionRules.Words(tokens);
			// a leading BEGIN and a COMMIT that may be the last statement may be a wrapper: checked at the end
			if (first == null) {
				first = statement;
				noTransaction = hasNoTransaction(statements.directives(), statement.line());
				if (!TransactionRules.isBegin(words)) {
					check(fileName, statement, tokens, noTransaction);
				}
			}
			else if (TransactionRules.isCommit(words)) {
				trailingCommit = statement;
			}
			else {
				check(fileName, statement, tokens, noTransaction);
			}
			count++;
			characters += statement.sql().length();
			if (characters > holdLimit) {
				held = null;
			}
			if (held != null) {
				held.add(statement);
			}
		}
		boolean wrapped = count >= 2 && trailingCommit != null
				&& TransactionRules.isBegin(new TransactionRules.Words(first.tokens()));
		if (wrapped && noTransaction) {
			throw new SqlSyntaxException(fileName, first.line(), first.column(), "the file is wrapped in BEGIN; ..."
					+ " COMMIT; and also says -- migrator:no-transaction; remove one of the two");
		}
		if (!wrapped && first != null) {
			check(fileName, first, noTransaction);
		}
		if (!wrapped && trailingCommit != null) {
			check(fileName, trailingCommit, noTransaction);
		}
		int bodyCount = wrapped ? count - 2 : count;
		List<Directive> directives = statements.directives();
		if (held == null) {
			return new SqlScript(fileName, List.of(), noTransaction, wrapped, directives, copyData, bodyCount, true);
		}
		List<SqlStatement> body = wrapped ? List.copyOf(held.subList(1, held.size() - 1)) : List.copyOf(held);
		return new SqlScript(fileName, body, noTransaction, wrapped, directives, copyData, bodyCount, false);
	}

	private static void check(String fileName, SqlStatement statement, boolean noTransaction) {
		check(fileName, statement, statement.tokens(), noTransaction);
	}

	/** Refuses transaction control in the body, and what PostgreSQL refuses in a transaction without the directive. */
	private static void check(String fileName, SqlStatement statement, List<Token> tokens, boolean noTransaction) {
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

	private static boolean hasNoTransaction(List<Directive> directives, int firstStatementLine) {
		for (Directive directive : directives) {
			if (directive.name().equals(NO_TRANSACTION) && directive.line() < firstStatementLine) {
				return true;
			}
		}
		return false;
	}

}
