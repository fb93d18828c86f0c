package dev.migrator.verify;

/**
 * What verify checks.
 *
 * @param from the lowest version to check, {@code null} for the first; the migrations below
 * it are applied, not checked
 * @param to the highest version to check, {@code null} for the last; the migrations above it
 * are not run
 * @param strictColumnOrder whether a column in another place is a difference (a down that
 * re-adds a dropped column puts it last, and PostgreSQL cannot put it back)
 */
public record VerifyOptions(Long from, Long to, boolean strictColumnOrder) {

	/** Every migration, columns compared by name. */
	public static final VerifyOptions DEFAULTS = new VerifyOptions(null, null, false);

	public VerifyOptions {
		if (from != null && to != null && from > to) {
			throw new IllegalArgumentException("--from " + from + " is above --to " + to);
		}
	}

	boolean includes(long version) {
		return (this.from == null || version >= this.from) && (this.to == null || version <= this.to);
	}

}
