package dev.migrator.diff;

import java.util.List;

/**
 * What the planner may do beyond the safe changes.
 *
 * @param allowDrop whether tables, columns, sequences, types, schemas and extensions that only
 * the migrations have may be dropped (their data is lost); without it they are refused
 * @param renames objects that were renamed, not dropped and added again
 * @param expandContract whether a type change that rewrites the table is made as a new column,
 * a batched backfill and a swap, rather than in place
 */
public record DiffOptions(boolean allowDrop, List<Rename> renames, boolean expandContract) {

	/** Nothing that loses data, nothing renamed. */
	public static final DiffOptions SAFE = new DiffOptions(false, List.of());

	public DiffOptions {
		renames = List.copyOf(renames);
	}

	/** Type changes made in place. */
	public DiffOptions(boolean allowDrop, List<Rename> renames) {
		this(allowDrop, renames, false);
	}

}
