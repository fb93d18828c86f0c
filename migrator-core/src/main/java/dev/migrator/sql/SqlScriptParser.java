package dev.migrator.sql;

import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import dev.migrator.SqlSyntaxException;

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
		FileRules rules = new FileRules(fileName, statements);
		List<SqlStatement> held = new ArrayList<>();
		long characters = 0;
		int count = 0;
		boolean copyData = false;
		while (statements.hasNext()) {
			SqlStatement statement = statements.next();
			copyData |= statements.copyData() != null;
			rules.accept(statement);
			count++;
			characters += statement.sql().length();
			if (characters > holdLimit) {
				held = null;
			}
			if (held != null) {
				held.add(statement);
			}
		}
		boolean wrapped = rules.finish();
		int bodyCount = wrapped ? count - 2 : count;
		List<Directive> directives = statements.directives();
		if (held == null) {
			return new SqlScript(fileName, List.of(), rules.noTransaction(), wrapped, directives, copyData, bodyCount,
					true);
		}
		List<SqlStatement> body = wrapped ? List.copyOf(held.subList(1, held.size() - 1)) : List.copyOf(held);
		return new SqlScript(fileName, body, rules.noTransaction(), wrapped, directives, copyData, bodyCount, false);
	}

	/**
	 * Checks a file as {@link #parse(String, Reader)} does, keeping no statement: for
	 * validating files that are not about to run.
	 * @throws SqlSyntaxException naming the first problem
	 */
	public static void check(String fileName, Reader reader) {
		SqlStatementReader statements = new SqlStatementReader(fileName, reader, true);
		FileRules rules = new FileRules(fileName, statements);
		while (statements.hasNext()) {
			rules.accept(statements.next());
		}
		rules.finish();
	}

}
