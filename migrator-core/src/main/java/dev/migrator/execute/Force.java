package dev.migrator.execute;

import java.sql.Connection;
import java.time.Instant;

import dev.migrator.history.HistoryLog.LogEntry;
import dev.migrator.history.HistoryTable;

/**
 * Records a version as the current one without running anything: the way out of a dirty
 * state once the schema was finished or undone by hand. Never refuses a dirty database.
 */
public final class Force {

	private final Engine engine;

	public Force(Engine engine) {
		this.engine = engine;
	}

	/**
	 * Rows above {@code version} are removed, files at or below it are recorded as applied,
	 * and the dirty flag is cleared; {@code -1} removes every row.
	 */
	public void force(long version) {
		this.engine.writingHistory(this.engine.files(), (session, state) -> {
			Instant started = Instant.now();
			Connection connection = session.connection();
			HistoryTable table = session.history().table();
			if (version < 0) {
				Sql.execute(connection, table.deleteAll());
			}
			else {
				Sql.execute(connection, table.deleteAbove(version));
				Sql.execute(connection, table.markAllClean());
				AppliedRecords.recordUpTo(connection, table, state, version, "forced");
			}
			session.log(new LogEntry("force", version, "forced to version " + version, null, started, 0L));
			return null;
		});
	}

}
