package dev.migrator.sql;

import java.util.List;

/**
 * A parsed migration file: its statements and the facts of the file that running, validating
 * and linting it all go by.
 *
 * @param fileName the file's name, for messages
 * @param statements its statements in order, without a {@code BEGIN; … COMMIT;} wrapper;
 * empty when {@code streamed}
 * @param noTransaction whether the file carries {@code -- migrator:no-transaction} before its
 * first statement
 * @param wrapped whether the file wrapped itself in {@code BEGIN; … COMMIT;}
 * @param directives its {@code -- migrator:} comments
 * @param firstLine the line of the file's first statement (a wrapper's BEGIN included), or
 * {@link Integer#MAX_VALUE} when it has none: directives above it speak for the whole file
 * @param violations the transaction rules the file breaks, in file order; a run refuses the
 * file for the first
 * @param copyData whether it holds {@code COPY … FROM STDIN} data, which the statements
 * leave out: it is streamed from the file when the script runs
 * @param statementCount how many statements the body has
 * @param streamed whether the file was too large to hold: it was checked like any other,
 * and its statements are read again from the file when it runs
 */
public record SqlScript(String fileName, List<SqlStatement> statements, boolean noTransaction, boolean wrapped,
		List<Directive> directives, int firstLine, List<TransactionViolation> violations, boolean copyData,
		int statementCount, boolean streamed) {

	/**
	 * The script, if a run may execute it.
	 * @throws dev.migrator.SqlSyntaxException naming the first transaction rule the file breaks
	 */
	SqlScript runnable() {
		if (!this.violations.isEmpty()) {
			throw this.violations.get(0).toException(this.fileName);
		}
		return this;
	}

}
