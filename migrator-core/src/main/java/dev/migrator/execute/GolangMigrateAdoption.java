package dev.migrator.execute;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import dev.migrator.history.History;
import dev.migrator.history.HistoryFormat;
import dev.migrator.history.HistoryLog.LogEntry;
import dev.migrator.history.HistoryRow;
import dev.migrator.source.Migration;
import dev.migrator.source.MigrationSet;

/**
 * Taking over a golang-migrate history. Its table holds one row, its version: every file
 * at or below it counts as applied, the row keeps its dirty flag. Until the first write the
 * table is read as it will be once adopted; the first write adds Migrator's columns in
 * place and records those rows.
 */
final class GolangMigrateAdoption {

	private GolangMigrateAdoption() {
	}

	/**
	 * The rows the history stands for: a golang-migrate table's as they will be once adopted,
	 * one per file below its version and its own; any other table's as read.
	 */
	static List<HistoryRow> rows(MigrationSet files, History.Snapshot history) {
		if (history.format() != HistoryFormat.GOLANG_MIGRATE || history.rows().isEmpty()) {
			return history.rows();
		}
		HistoryRow legacy = history.rows().get(history.rows().size() - 1);
		List<HistoryRow> rows = new ArrayList<>();
		for (Migration migration : files.migrations()) {
			if (migration.version() < legacy.version()) {
				rows.add(adoptedRow(migration, false));
			}
		}
		Migration current = files.find(legacy.version()).orElse(null);
		rows.add((current != null) ? adoptedRow(current, legacy.dirty())
				: new HistoryRow(legacy.version(), "adopted from golang-migrate", null, null, legacy.dirty(), null,
						null, null, null, null));
		return rows;
	}

	/**
	 * Records the rows {@code legacy} was read as, in the caller's transaction, once the table
	 * has Migrator's columns: the golang-migrate row itself is updated, the others inserted.
	 */
	static void adopt(Connection connection, History history, MigrationState legacy) throws SQLException {
		Instant started = Instant.now();
		long version = legacy.currentVersion();
		for (HistoryRow row : legacy.applied()) {
			if (row.version() == version) {
				Sql.execute(connection, history.table()
					.updateChecksums(version, row.description(), row.checksum(), row.downChecksum()));
			}
			else {
				Sql.execute(connection, history.table()
					.insert(row.version(), row.description(), row.checksum(), row.downChecksum(), false, null));
			}
		}
		Sql.execute(connection, history.log()
			.append(new LogEntry("adopt", version, "adopted golang-migrate history", null, started, 0L)));
	}

	private static HistoryRow adoptedRow(Migration migration, boolean dirty) {
		return new HistoryRow(migration.version(), migration.description(), migration.up().checksum(),
				(migration.down() != null) ? migration.down().checksum() : null, dirty, null, null, null, null, null);
	}

}
