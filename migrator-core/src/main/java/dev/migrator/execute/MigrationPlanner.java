package dev.migrator.execute;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.migrator.IrreversibleMigrationException;
import dev.migrator.NotEnoughAppliedException;
import dev.migrator.Operation;
import dev.migrator.UnknownVersionException;
import dev.migrator.history.HistoryRow;
import dev.migrator.source.Direction;
import dev.migrator.source.Migration;

/**
 * Turns an operation and a state into the steps to run, and refuses before anything runs
 * (a down without its file, an unknown target). Runs nothing and never reads the database;
 * {@link #plan} works on the state alone, while {@link #resumption} reads the dirty
 * migration's file to check the statements already done.
 */
final class MigrationPlanner {

	private MigrationPlanner() {
	}

	/**
	 * The first step of a resuming operation on a dirty database: the dirty migration,
	 * continued after the statements its row records as done. Empty when the operation does
	 * not resume or the database is clean; the steps after it are planned on
	 * {@link MigrationState#withoutDirty()}.
	 * @throws dev.migrator.DirtyDatabaseException when the dirty migration cannot continue
	 */
	public static Optional<PlannedStep> resumption(MigrationState state, Operation operation) {
		return (operation.resume() && state.dirty()) ? Optional.of(Resumption.step(state)) : Optional.empty();
	}

	/**
	 * @param target the highest version {@code migrate} applies, {@code null} for all
	 */
	public static List<PlannedStep> plan(MigrationState state, Operation operation, Long target) {
		return switch (operation.kind()) {
			case MIGRATE -> ups(state, (target != null) ? target : Long.MAX_VALUE, Integer.MAX_VALUE);
			case UP -> ups(state, Long.MAX_VALUE, operation.count());
			case DOWN -> down(state, operation.count());
			case GOTO -> gotoVersion(state, operation.version());
		};
	}

	private static List<PlannedStep> ups(MigrationState state, long maxVersion, int count) {
		List<PlannedStep> steps = new ArrayList<>();
		for (Migration migration : state.pending()) {
			if (migration.version() > maxVersion || steps.size() == count) {
				break;
			}
			steps.add(new PlannedStep(migration, Direction.UP));
		}
		return steps;
	}

	private static List<PlannedStep> down(MigrationState state, int count) {
		List<HistoryRow> applied = state.appliedDescending();
		if (applied.isEmpty()) {
			// nothing to undo is no change, as golang-migrate's ErrNoChange, not a failure
			return List.of();
		}
		if (count > applied.size()) {
			throw new NotEnoughAppliedException(count, applied.size());
		}
		List<PlannedStep> steps = new ArrayList<>(count);
		for (HistoryRow row : applied.subList(0, count)) {
			steps.add(new PlannedStep(reversible(state, row), Direction.DOWN));
		}
		return steps;
	}

	private static List<PlannedStep> gotoVersion(MigrationState state, long version) {
		if (state.files().find(version).isEmpty() && !state.isApplied(version)) {
			throw new UnknownVersionException(version);
		}
		List<PlannedStep> steps = new ArrayList<>();
		for (HistoryRow row : state.appliedDescending()) {
			if (row.version() <= version) {
				break;
			}
			steps.add(new PlannedStep(reversible(state, row), Direction.DOWN));
		}
		steps.addAll(ups(state, version, Integer.MAX_VALUE));
		return steps;
	}

	private static Migration reversible(MigrationState state, HistoryRow row) {
		Migration migration = state.files().find(row.version()).orElse(null);
		if (state.isAhead(row)) {
			throw new IrreversibleMigrationException(row.version(), "a newer release applied it, and its files are not"
					+ " in these migration locations (the latest here is version " + state.files().latestVersion()
					+ "); roll it back with the newer release's migration files");
		}
		if (migration == null) {
			throw new IrreversibleMigrationException(row.version(),
					"no file has this version in the migration locations (it was recorded by baseline or force, or"
							+ " its file was removed)");
		}
		if (migration.down() == null) {
			throw new IrreversibleMigrationException(row.version(),
					migration.up().location() + " has no matching .down.sql file; add one to make it reversible");
		}
		return migration;
	}

}
