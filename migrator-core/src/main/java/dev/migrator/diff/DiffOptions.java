package dev.migrator.diff;

/**
 * What the planner may do beyond the safe changes.
 *
 * @param allowDrop whether tables, columns, sequences, types, schemas and extensions that only
 * the migrations have may be dropped (their data is lost); without it they are refused
 */
public record DiffOptions(boolean allowDrop) {

	/** Nothing that loses data. */
	public static final DiffOptions SAFE = new DiffOptions(false);

}
