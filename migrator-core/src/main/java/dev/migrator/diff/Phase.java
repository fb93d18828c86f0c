package dev.migrator.diff;

/**
 * Which of the generated pairs a statement goes to. Each phase that has statements becomes
 * a pair of its own, written in this order, so that what must not run in a transaction, and
 * what should not hold the locks of the first pair, runs apart.
 */
public enum Phase {

	/**
	 * Values added to existing enums, committed before the schema changes run: PostgreSQL
	 * refuses a new value's use in the transaction that added it.
	 */
	ENUM_VALUES,

	/**
	 * Indexes dropped {@code CONCURRENTLY}, in a {@code -- migrator:no-transaction} pair before
	 * the schema changes: a column they cover may be dropped there, and its down must find the
	 * column back before it builds them again.
	 */
	DROP_INDEXES,

	/** The schema changes, in one transaction. */
	SCHEMA,

	/**
	 * {@code --expand-contract}: the new columns of a type change, each kept in step with its
	 * old column by a trigger.
	 */
	EXPAND,

	/**
	 * {@code --expand-contract}: the new columns filled from the old ones in batches, each
	 * committed, in a {@code -- migrator:no-transaction} pair.
	 */
	BACKFILL,

	/** {@code --expand-contract}: the new columns swapped in under the old names, the triggers gone. */
	CONTRACT,

	/** Indexes built {@code CONCURRENTLY} on existing tables, in a {@code -- migrator:no-transaction} pair. */
	CONCURRENT,

	/**
	 * What proves the constraints the first pair added {@code NOT VALID}: {@code VALIDATE}, then
	 * {@code SET NOT NULL} and constraints that take over an index built concurrently.
	 */
	VALIDATE;

	boolean noTransaction() {
		return this == DROP_INDEXES || this == BACKFILL || this == CONCURRENT;
	}

	String suffix() {
		return switch (this) {
			case ENUM_VALUES -> "_enum_values";
			case DROP_INDEXES -> "_drop_indexes";
			case SCHEMA -> "";
			case EXPAND -> "_expand";
			case BACKFILL -> "_backfill";
			case CONTRACT -> "_contract";
			case CONCURRENT -> "_concurrently";
			case VALIDATE -> "_validate";
		};
	}

}
