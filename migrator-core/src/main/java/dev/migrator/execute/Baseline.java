package dev.migrator.execute;

import java.time.Instant;

import dev.migrator.BaselineRefusedException;
import dev.migrator.history.HistoryLog.LogEntry;

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
		this.engine.writingHistory(this.engine.files(), (session, state) -> {
			if (!state.applied().isEmpty() || version < 0) {
				throw new BaselineRefusedException(version, state.applied().size(), state.currentVersion());
			}
			Instant started = Instant.now();
			AppliedRecords.recordUpTo(session.connection(), session.history().table(), state, version, "baseline");
			session.log(new LogEntry("baseline", version, "baseline at version " + version, null, started, 0L));
			return null;
		});
	}

}
