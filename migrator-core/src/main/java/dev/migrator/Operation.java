package dev.migrator;

/**
 * What a run should do; the same value drives a real run and a {@link Migrator#plan plan}.
 *
 * @param kind which operation
 * @param count how many migrations, for {@code up} and {@code down}
 * @param version the target version, for {@code goto}
 * @param resume whether to first finish a dirty non-transactional migration
 */
public record Operation(Kind kind, int count, long version, boolean resume) {

	/** The operations that apply or roll back migrations. */
	public enum Kind {

		MIGRATE, UP, DOWN, GOTO

	}

	public Operation {
		if ((kind == Kind.UP || kind == Kind.DOWN) && count < 1) {
			throw new IllegalArgumentException("The number of migrations must be at least 1, not " + count);
		}
	}

	/** Every pending migration, up to the configured target. */
	public static Operation migrate() {
		return new Operation(Kind.MIGRATE, 0, 0, false);
	}

	/** The next {@code count} pending migrations. */
	public static Operation up(int count) {
		return new Operation(Kind.UP, count, 0, false);
	}

	/** Rolls back the {@code count} highest applied migrations. */
	public static Operation down(int count) {
		return new Operation(Kind.DOWN, count, 0, false);
	}

	/** Applies or rolls back until the given version is the current one. */
	public static Operation gotoVersion(long version) {
		return new Operation(Kind.GOTO, 0, version, false);
	}

	/** The same operation, finishing a dirty non-transactional migration first. */
	public Operation resuming() {
		return new Operation(this.kind, this.count, this.version, true);
	}

}
