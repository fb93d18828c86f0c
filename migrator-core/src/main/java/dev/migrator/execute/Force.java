package dev.migrator.execute;

import java.time.Instant;

import dev.migrator.history.HistoryLog.LogEntry;
import dev.migrator.history.HistoryTable;
import dev.migrator.source.MigrationSet;

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
		MigrationSet files = this.engine.files();
		this.engine.locked((session) -> {
			session.createHistory(files, this.engine.config().createSchema());
			MigrationState state = session.state(files);
			HistoryTable table = session.history().table();
			Instant started = Instant.now();
			Sql.inTransaction(session.connection(), () -> {
				if (version < 0) {
					Sql.execute(session.connection(), table.deleteAll());
				}
				else {
					Sql.execute(session.connection(), table.deleteAbove(version));
					Sql.execute(session.connection(), table.markAllClean());
					AppliedRecords.recordUpTo(session.connection(), table, state, version, "forced");
				}
				Sql.execute(session.connection(), session.history()
					.log()
					.append(new LogEntry("force", version, "forced to version " + version, null, started, 0L)));
			});
			return null;
		});
	}

}
