package dev.migrator.execute;

import java.time.Instant;

import dev.migrator.BaselineRefusedException;
import dev.migrator.history.HistoryLog.LogEntry;
import dev.migrator.source.MigrationSet;

/**
 * Records an existing database as being at a version: every file up to it counts as
 * applied. Refused once the history has rows, where {@link Force} is the tool.
 */
public final class Baseline {

	private final Engine engine;

	public Baseline(Engine engine) {
		this.engine = engine;
	}

	public void baseline(long version) {
		MigrationSet files = this.engine.files();
		this.engine.locked((session) -> {
			session.createHistory(files, this.engine.config().createSchema());
			MigrationState state = session.state(files);
			if (!state.applied().isEmpty() || version < 0) {
				throw new BaselineRefusedException(version, state.applied().size(), state.currentVersion());
			}
			Instant started = Instant.now();
			Sql.inTransaction(session.connection(), () -> {
				AppliedRecords.recordUpTo(session.connection(), session.history().table(), state, version,
						"baseline");
				Sql.execute(session.connection(), session.history()
					.log()
					.append(new LogEntry("baseline", version, "baseline at version " + version, null, started, 0L)));
			});
			return null;
		});
	}

}
