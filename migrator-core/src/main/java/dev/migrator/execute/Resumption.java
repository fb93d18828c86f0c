package dev.migrator.execute;

import dev.migrator.DirtyDatabaseException;
import dev.migrator.Plural;
import dev.migrator.history.HistoryRow;
import dev.migrator.source.Migration;
import dev.migrator.source.MigrationScript;

/**
 * Finishing a non-transactional migration that stopped part way: it continues from the
 * first statement its row does not record as done, with its file as it is now. The file may
 * have been fixed since; only the statements already done must be the ones that ran.
 */
final class Resumption {

	private Resumption() {
	}

	/**
	 * The step that continues the dirty migration of {@code state}.
	 * @throws DirtyDatabaseException when it cannot continue, saying why and what works instead
	 */
	static PlannedStep step(MigrationState state) {
		HistoryRow row = state.dirtyRow();
		Migration migration = state.files().find(row.version()).orElse(null);
		if (migration == null || row.statementsDone() == null) {
			throw new DirtyDatabaseException(row.version(), "cannot resume migration " + row.version() + ": "
					+ ((migration == null) ? "no file has this version" : "its progress is unknown (it was a down, or"
							+ " it was recorded by another tool)")
					+ ". Check the schema by hand, then run `force` with the version it is at.");
		}
		int done = row.statementsDone();
		if (done > 0) {
			refuseIfDoneStatementsChanged(row, migration.up(), done, ways(state, row.version()));
		}
		return PlannedStep.resume(migration, done);
	}

	private static void refuseIfDoneStatementsChanged(HistoryRow row, MigrationScript file, int done, String ways) {
		String ran = "statements 1-" + done;
		if (row.doneChecksum() == null) {
			if (!file.checksum().equals(row.checksum())) {
				throw new DirtyDatabaseException(row.version(), "cannot resume migration " + row.version() + ": "
						+ file.location() + " changed since it started, and its history row (written by an earlier"
						+ " release) does not record what its " + ran + " done were. If those statements are still"
						+ " as they ran, run `repair` to record the file as it is, then `up --resume`. " + ways);
			}
			return;
		}
		DoneStatements now = DoneStatements.of(file, done);
		if (now.count() < done) {
			throw new DirtyDatabaseException(row.version(), "cannot resume migration " + row.version() + ": "
					+ file.location() + " now has " + Plural.of(now.count(), "statement") + ", but " + done
					+ " were done. Restore the " + ran + " as they ran (only statements after " + done
					+ " may change), then run `up --resume`. " + ways);
		}
		if (!now.checksum().equals(row.doneChecksum())) {
			throw new DirtyDatabaseException(row.version(), "cannot resume migration " + row.version() + ": "
					+ ran + " of " + file.location() + " (up to " + file.location() + ":" + now.lastLine()
					+ ") are done, but they are not the statements that ran: the file changed there since."
					+ " Restore them as they ran (only statements after " + done + " may change), then run"
					+ " `up --resume`; if the schema already matches the edited statements, run `repair`, then"
					+ " `up --resume`. " + ways);
		}
	}

	private static String ways(MigrationState state, long version) {
		Long previous = state.files().previousVersion(version);
		return "Or finish the migration by hand and run `force " + version + "`, or undo it by hand and run `force "
				+ ((previous != null) ? previous : "-1") + "`.";
	}

}
