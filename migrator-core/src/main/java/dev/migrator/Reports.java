package dev.migrator;

import java.util.ArrayList;
import java.util.List;

import dev.migrator.execute.MigrationState;
import dev.migrator.history.HistoryRow;
import dev.migrator.source.Migration;

/**
 * Renders the engine's state as the public status value.
 */
final class Reports {

	private Reports() {
	}

	static MigrationStatus status(MigrationState state, List<Problem> problems) {
		List<AppliedMigration> applied = new ArrayList<>();
		for (HistoryRow row : state.applied()) {
			String script = state.files().find(row.version()).map((migration) -> migration.up().location()).orElse(null);
			applied.add(new AppliedMigration(row.version(), row.description(), row.checksum(), row.appliedAt(),
					row.executionMs(), row.appliedBy(), row.dirty(), row.statementsDone(), script));
		}
		List<PendingMigration> pending = new ArrayList<>();
		for (Migration migration : state.pending()) {
			pending.add(new PendingMigration(migration.version(), migration.description(), migration.up().location()));
		}
		return new MigrationStatus(state.currentVersion(), state.dirty(), applied, pending, problems);
	}

}
