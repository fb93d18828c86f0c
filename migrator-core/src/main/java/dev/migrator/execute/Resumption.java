package dev.migrator.execute;

import dev.migrator.MigratorException;
import dev.migrator.history.HistoryRow;
import dev.migrator.source.Direction;
import dev.migrator.source.Migration;

/**
 * Finishing a non-transactional migration that stopped part way: it continues from the
 * first statement its row does not record as done.
 */
public final class Resumption {

	private Resumption() {
	}

	public static PlannedStep step(MigrationState state) {
		return new PlannedStep(dirtyMigration(state), Direction.UP);
	}

	public static int statementsDone(MigrationState state) {
		dirtyMigration(state);
		return state.dirtyRow().statementsDone();
	}

	private static Migration dirtyMigration(MigrationState state) {
		HistoryRow row = state.dirtyRow();
		if (row == null) {
			throw new MigratorException("Nothing to resume: the database is not dirty.");
		}
		Migration migration = state.files().find(row.version()).orElse(null);
		if (migration == null || row.statementsDone() == null) {
			throw new MigratorException("Cannot resume migration " + row.version() + ": "
					+ ((migration == null) ? "no file has this version" : "its progress is unknown (it was a down, or"
							+ " it was recorded by another tool)")
					+ ". Check the schema by hand, then run force with the version it is at.");
		}
		return migration;
	}

}
