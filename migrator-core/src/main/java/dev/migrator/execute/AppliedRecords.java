package dev.migrator.execute;

import java.sql.Connection;
import java.sql.SQLException;

import dev.migrator.history.HistoryTable;
import dev.migrator.source.Migration;

/** Records files as applied without running them, as {@code force} and {@code baseline} do. */
final class AppliedRecords {

	private AppliedRecords() {
	}

	/**
	 * Records every file up to {@code version} that has no row as applied, and a marker row
	 * at {@code version} when no file has it.
	 * @param marker the marker row's description
	 */
	static void recordUpTo(Connection connection, HistoryTable table, MigrationState state, long version,
			String marker) throws SQLException {
		for (Migration migration : state.files().migrations()) {
			if (migration.version() > version) {
				break;
			}
			if (!state.isApplied(migration.version())) {
				Sql.execute(connection, table.insert(migration.version(), migration.description(),
						migration.up().checksum(), StepBookkeeping.downChecksum(migration), false, null));
			}
		}
		if (state.files().find(version).isEmpty() && !state.isApplied(version)) {
			Sql.execute(connection, table.insert(version, marker, null, null, false, null));
		}
	}

}
