package dev.migrator.execute;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import dev.migrator.history.HistoryLog.LogEntry;
import dev.migrator.history.HistoryRow;
import dev.migrator.history.HistoryTable;
import dev.migrator.source.Migration;

/**
 * Records the files as they are now for applied migrations whose files changed: their
 * checksums and descriptions, and for a dirty non-transactional migration the statements
 * done, so that {@code up --resume} takes the edited file.
 */
public final class Repair {

	private final Engine engine;

	public Repair(Engine engine) {
		this.engine = engine;
	}

	/** Returns the versions whose rows changed. */
	public List<Long> repair() {
		return this.engine.writingHistory(this.engine.files(), (session, state) -> {
			Instant started = Instant.now();
			HistoryTable table = session.history().table();
			List<Long> repaired = new ArrayList<>();
			for (HistoryRow row : state.applied()) {
				if (repair(session.connection(), table, row, state.files().find(row.version()).orElse(null))) {
					repaired.add(row.version());
				}
			}
			session.log(new LogEntry("repair", null, "re-recorded checksums of " + repaired, null, started, 0L));
			return repaired;
		});
	}

	/** Whether the row changed; a marker row and one whose file is gone are left as they are. */
	private static boolean repair(Connection connection, HistoryTable table, HistoryRow row, Migration migration)
			throws SQLException {
		if (migration == null || row.checksum() == null) {
			return false;
		}
		String down = StepBookkeeping.downChecksum(migration);
		boolean changed = !migration.up().checksum().equals(row.checksum())
				|| (row.downChecksum() != null && !row.downChecksum().equals(down))
				|| !migration.description().equals(row.description());
		if (changed) {
			Sql.execute(connection,
					table.updateChecksums(row.version(), migration.description(), migration.up().checksum(), down));
		}
		if (row.dirty() && row.statementsDone() != null && row.statementsDone() > 0
				&& repairDoneStatements(connection, table, row, migration)) {
			changed = true;
		}
		return changed;
	}

	/**
	 * Records the statements done of a dirty non-transactional migration as the file has them
	 * now; {@code false} when they are unchanged or the file has fewer statements than are done.
	 */
	private static boolean repairDoneStatements(Connection connection, HistoryTable table, HistoryRow row,
			Migration migration) throws SQLException {
		DoneStatements done = DoneStatements.of(migration.up(), row.statementsDone());
		if (done.count() < row.statementsDone() || done.checksum().equals(row.doneChecksum())) {
			return false;
		}
		Sql.execute(connection, table.updateProgress(row.version(), done.count(), done.checksum()));
		return true;
	}

}
