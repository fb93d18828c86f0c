package dev.migrator;

/**
 * Something wrong between the history and the files, or in the files themselves.
 *
 * @param kind what is wrong
 * @param version the version concerned
 * @param message what is wrong and what to do, in a sentence or two
 */
public record Problem(Kind kind, Long version, String message) {

	/** The kinds of problem. */
	public enum Kind {

		/** A migration started and did not finish. */
		DIRTY,

		/**
		 * A migration started and has not finished while a session holds the migration lock:
		 * it is most likely still running (a killed client's backend finishes its statement).
		 */
		IN_PROGRESS,

		/** An applied migration's file changed since it was applied. */
		CHECKSUM_MISMATCH,

		/** An applied migration's file is gone; one above every file that a newer release ran is {@link #AHEAD}. */
		MISSING_FILE,

		/**
		 * An applied migration above every file in the locations, that a newer release ran:
		 * a problem only when ignore-ahead is off, see {@link MigratorConfig#ignoreAhead()}.
		 */
		AHEAD,

		/** A migration below the current version was never applied. */
		OUT_OF_ORDER,

		/** The history table's name is taken by a table that is not a history table. */
		FOREIGN_TABLE,

		/**
		 * A file is badly named or paired: an unparsable name, two files for one version, a
		 * down without its up, an up and a down with different descriptions.
		 */
		INVALID_NAME,

		/**
		 * A file that a run would refuse to execute: invalid UTF-8, a syntax error, a psql
		 * meta-command, a broken transaction rule or directive.
		 */
		INVALID_FILE

	}

	@Override
	public String toString() {
		return this.message;
	}

}
