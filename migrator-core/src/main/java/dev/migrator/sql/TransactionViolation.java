package dev.migrator.sql;

import dev.migrator.SqlSyntaxException;

/**
 * A file-level transaction rule a migration file breaks: what a run refuses, what validate
 * reports and what lint flags, decided once by the parser.
 *
 * @param kind which rule
 * @param line the 1-based line of the statement that breaks it
 * @param column the 1-based column of that statement
 * @param problem what is wrong and what to do, as a run refuses it
 */
public record TransactionViolation(Kind kind, int line, int column, String problem) {

	public enum Kind {

		/** BEGIN, COMMIT, SAVEPOINT, … other than one {@code BEGIN; … COMMIT;} around the whole file. */
		TRANSACTION_CONTROL,

		/** A statement PostgreSQL refuses inside a transaction block, in a file without {@code -- migrator:no-transaction}. */
		REFUSED_IN_TRANSACTION,

		/** A file wrapped in {@code BEGIN; … COMMIT;} that also says {@code -- migrator:no-transaction}. */
		WRAPPED_AND_NO_TRANSACTION

	}

	SqlSyntaxException toException(String fileName) {
		return new SqlSyntaxException(fileName, this.line, this.column, this.problem);
	}

}
