package dev.migrator;

import java.util.ArrayList;
import java.util.List;

import dev.migrator.execute.MigrationState;
import dev.migrator.history.HistoryRow;
import dev.migrator.lock.LockHolder;
import dev.migrator.source.Migration;

/**
 * Renders the engine's state as the public status value.
 */
final class Reports {

	private Reports() {
	}

	static MigrationStatus status(MigrationState state, LockHolder lockHolder, List<Problem> problems) {
		List<AppliedMigration> applied = new ArrayList<>();
		List<AppliedMigration> ahead = new ArrayList<>();
		for (HistoryRow row : state.applied()) {
			String script = state.files().find(row.version()).map((migration) -> migration.up().location()).orElse(null);
			(state.isAhead(row) ? ahead : applied).add(new AppliedMigration(row.version(), row.description(),
					row.checksum(), row.appliedAt(), row.executionMs(), row.appliedBy(), row.dirty(),
					row.statementsDone(), script));
		}
		List<PendingMigration> pending = new ArrayList<>();
		for (Migration migration : state.pending()) {
			pending.add(new PendingMigration(migration.version(), migration.description(), migration.up().location()));
		}
		return new MigrationStatus(state.currentVersion(), state.dirty(), applied, pending, ahead, problems,
				lockHolder);
	}

	/** Instead of advising force while the migration may still run: force now would record a guess. */
	static Problem inProgress(MigrationState state, LockHolder holder) {
		HistoryRow row = state.dirtyRow();
		return new Problem(Problem.Kind.IN_PROGRESS, row.version(), "Migration " + row.version() + " ("
				+ row.description() + ") is in progress"
				+ ((row.statementsDone() != null) ? ", " + row.statementsDone() + " statements done so far" : "")
				+ ": the migration lock is held by pid " + holder.pid() + " (application '" + holder.applicationName()
				+ "', connected since " + holder.connectedSince() + ", " + holder.state() + "). Wait for it to finish"
				+ " (a killed client's server session still finishes its statement), then run `status` again;"
				+ " `up --resume` waits for the lock and continues from where it ends.");
	}

}
