package dev.migrator.sql;

import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import dev.migrator.SqlSyntaxException;

/**
 * Splits a migration file and finds the facts of it (see {@link FileRules}): a
 * {@code BEGIN; … COMMIT;} wrapper around the whole file is recognised and removed, any other
 * transaction control is a violation, and so is a statement PostgreSQL runs only outside a
 * transaction in a file without the {@code -- migrator:no-transaction} directive. COPY data is
 * checked for its terminator but not kept. {@code read} reports violations, {@code parse} and
 * {@code check} refuse them.
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
	 * Parses a file for running it, holding its statements only while their text stays within
	 * {@code holdLimit} characters: a larger file is checked all the same, statement by
	 * statement, and comes back {@link SqlScript#streamed() streamed}.
	 * @throws SqlSyntaxException naming the first problem: a syntax error, else the first violation
	 */
	public static SqlScript parse(String fileName, Reader reader, long holdLimit) {
		return read(fileName, reader, holdLimit).runnable();
	}

	/**
	 * Checks a file as {@link #parse(String, Reader)} does, keeping no statement: for
	 * validating files that are not about to run.
	 * @throws SqlSyntaxException naming the first problem
	 */
	public static void check(String fileName, Reader reader) {
		read(fileName, reader, 0).runnable();
	}

	/**
	 * Reads a held file with its {@link SqlScript#violations() violations}, refusing only what
	 * cannot be split: for reporting every violation.
	 * @throws SqlSyntaxException for a syntax error
	 */
	public static SqlScript read(String fileName, String content) {
		return read(fileName, new StringReader(content), Long.MAX_VALUE);
	}

	/** Reads a file as {@link #read(String, String)} does, holding at most {@code holdLimit} characters of statements. */
	static SqlScript read(String fileName, Reader reader, long holdLimit) {
		SqlStatementReader statements = new SqlStatementReader(fileName, reader, true);
		FileRules rules = new FileRules(statements);
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
		rules.finish();
		boolean wrapped = rules.wrapped();
		int bodyCount = wrapped ? count - 2 : count;
		List<SqlStatement> body = (held == null) ? List.of()
				: wrapped ? List.copyOf(held.subList(1, held.size() - 1)) : List.copyOf(held);
		return new SqlScript(fileName, body, rules.noTransaction(), wrapped, statements.directives(),
				rules.firstLine(), rules.violations(), copyData, bodyCount, held == null);
	}

}
