package dev.migrator.history;

/** The shape of the history table found in the database. */
public enum HistoryFormat {

	/** No table yet: nothing has been applied. */
	ABSENT,

	/** golang-migrate's {@code (version, dirty)} table, adopted and upgraded on the next write. */
	GOLANG_MIGRATE,

	/** Migrator's own table. */
	MIGRATOR,

	/**
	 * Migrator's table as an earlier release created it, without the columns added since
	 * (read as {@code null}); upgraded in place on the next write.
	 */
	EARLIER_MIGRATOR,

	/** A table of that name that is neither: never touched. */
	FOREIGN

}
