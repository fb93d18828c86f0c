package dev.migrator.sql;

import java.util.List;

/**
 * A parsed migration file.
 *
 * @param fileName the file's name, for messages
 * @param statements its statements in order, without a {@code BEGIN; … COMMIT;} wrapper;
 * empty when {@code streamed}
 * @param noTransaction whether the file carries {@code -- migrator:no-transaction}
 * @param wrapped whether the file wrapped itself in {@code BEGIN; … COMMIT;}
 * @param directives its {@code -- migrator:} comments
 * @param copyData whether it holds {@code COPY … FROM STDIN} data, which the statements
 * leave out: it is streamed from the file when the script runs
 * @param statementCount how many statements the body has
 * @param streamed whether the file was too large to hold: it was checked like any other,
 * and its statements are read again from the file when it runs
 */
public record SqlScript(String fileName, List<SqlStatement> statements, boolean noTransaction, boolean wrapped,
		List<Directive> directives, boolean copyData, int statementCount, boolean streamed) {

	public SqlScript(String fileName, List<SqlStatement> statements, boolean noTransaction, boolean wrapped,
			List<Directive> directives, boolean copyData) {
		this(fileName, statements, noTransaction, wrapped, directives, copyData, statements.size(), false);
	}

}
