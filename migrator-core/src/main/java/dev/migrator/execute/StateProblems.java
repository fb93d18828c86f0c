package dev.migrator.execute;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import dev.migrator.Plural;
import dev.migrator.Problem;
import dev.migrator.Problem.Kind;
import dev.migrator.history.HistoryRow;
import dev.migrator.lock.LockHolder;
import dev.migrator.source.Migration;
import dev.migrator.source.MigrationScript;
import dev.migrator.source.MigrationSet;
import dev.migrator.sql.SqlScript;

/**
 * What is wrong with a state, in the words the user reads: every problem text about the
 * history (dirty, in progress, ahead, missing file, changed file, out of order, the state
 * an interrupted run left) is written here, from the facts {@link MigrationState} holds.
 */
final class StateProblems {

	private StateProblems() {
	}

	/** Which applied files to compare with their recorded checksums. */
	enum FileChecks {

		/** None: validate-on-migrate is off. */
		NONE,

		/** The up files: what a run needs, since only they define the schema it builds on. */
		UP_FILES,

		/** Up and down files: what status and validate report. */
		ALL_FILES

	}

	/**
	 * Everything wrong, dirty state first.
	 * @param aheadAllowed whether migrations a newer release ran (see
	 * {@link MigrationState#isAhead}) are fine; when not, each is a problem, found with the
	 * other applied files
	 */
	static List<Problem> of(MigrationState state, FileChecks fileChecks, boolean outOfOrderAllowed,
			boolean aheadAllowed) {
		List<Problem> problems = new ArrayList<>();
		HistoryRow dirty = state.dirtyRow();
		if (dirty != null) {
			problems.add(dirty(dirty, state.files()));
		}
		if (fileChecks != FileChecks.NONE) {
			for (HistoryRow row : state.applied()) {
				if (state.isAhead(row)) {
					if (!aheadAllowed) {
						problems.add(ahead(row, state.files().latestVersion()));
					}
				}
				else if (state.fileMissing(row)) {
					problems.add(missingFile(row));
				}
				else {
					for (MigrationScript changed : state.changedFiles(row, fileChecks == FileChecks.ALL_FILES)) {
						problems.add(changed(row.version(), changed));
					}
				}
			}
		}
		if (!outOfOrderAllowed) {
			for (Migration migration : state.outOfOrder()) {
				problems.add(outOfOrder(migration, state.currentVersion()));
			}
		}
		return Collections.unmodifiableList(problems);
	}

	/** Explains a dirty row: what ran, where it stopped, and the ways out. */
	static Problem dirty(HistoryRow row, MigrationSet files) {
		return new Problem(Kind.DIRTY, row.version(), describeDirty(row, files));
	}

	/**
	 * A dirty migration whose lock is held: instead of advising force while it may still run,
	 * which would record a guess.
	 */
	static Problem inProgress(HistoryRow row, LockHolder holder) {
		return new Problem(Kind.IN_PROGRESS, row.version(), "Migration " + row.version() + " ("
				+ row.description() + ") is in progress"
				+ ((row.statementsDone() != null) ? ", " + Plural.of(row.statementsDone(), "statement") + " done so far"
						: "")
				+ ": the migration lock is held by pid " + holder.pid() + " (application '" + holder.applicationName()
				+ "', connected since " + holder.connectedSince() + ", " + holder.state() + "). Wait for it to finish"
				+ " (a killed client's server session still finishes its statement), then run `status` again;"
				+ " `up --resume` waits for the lock and continues from where it ends.");
	}

	/**
	 * What a run stopped on request left: {@code what} it was doing, the state the database
	 * is in, read on the run's session before the lock is let go, and for a dirty one the
	 * commands that finish or undo it.
	 */
	static String afterInterrupt(String what, MigrationState state) {
		HistoryRow dirty = state.dirtyRow();
		if (dirty == null) {
			Long version = state.currentVersion();
			return what + "; database clean at " + ((version != null) ? version : "no version (nothing applied)");
		}
		Long previous = state.files().previousVersion(dirty.version());
		String forcePrevious = "`force " + ((previous != null) ? previous : -1) + "`";
		String ways = (dirty.statementsDone() != null)
				? "run `up --resume` to continue from statement " + (dirty.statementsDone() + 1)
						+ ", or undo what it did by hand and run " + forcePrevious
				: "finish it by hand and run " + forcePrevious + ", or undo what it did and run `force "
						+ dirty.version() + "`";
		return what + "; database dirty at " + dirty.version() + "; " + ways;
	}

	private static Problem ahead(HistoryRow row, Long latestFile) {
		return new Problem(Kind.AHEAD, row.version(), "Migration " + row.version() + " (" + row.description()
				+ ") was applied by a newer release: it is above every file in the migration locations (the latest"
				+ " here is " + latestFile + "). Run the newer release, or let older releases run"
				+ " alongside it (ignore-ahead=true: the property migrator.ignore-ahead, or the CLI without"
				+ " --no-ignore-ahead).");
	}

	private static Problem missingFile(HistoryRow row) {
		return new Problem(Kind.MISSING_FILE, row.version(), "Migration " + row.version() + " ("
				+ row.description() + ") is applied but its file is missing from the migration locations."
				+ " Restore the file; it is needed to know the schema and to roll it back.");
	}

	private static Problem changed(long version, MigrationScript script) {
		return new Problem(Kind.CHECKSUM_MISMATCH, version, script.location()
				+ " changed after migration " + version + " was applied. Revert the edit and put the change in a new"
				+ " migration, or, if the edit is intended (a comment, a formatting fix), run repair to record"
				+ " the new checksum.");
	}

	private static Problem outOfOrder(Migration migration, Long currentVersion) {
		return new Problem(Kind.OUT_OF_ORDER, migration.version(), migration.up().location() + " (version "
				+ migration.version() + ") is not applied but the database is already at version " + currentVersion
				+ ". Give it a version above " + currentVersion
				+ ", or allow out-of-order migrations (out-of-order=true) to apply it anyway.");
	}

	private static String describeDirty(HistoryRow row, MigrationSet files) {
		long version = row.version();
		Migration migration = files.find(version).orElse(null);
		Long previous = files.previousVersion(version);
		String undone = "force " + ((previous != null) ? previous : "-1 (nothing applied)");
		String ways = "If you finished it by hand, run `force " + version + "`; if you undid it by hand, run `"
				+ undone + "`.";
		if (migration == null || row.statementsDone() == null) {
			return "migration " + version + " (" + row.description() + ") started and did not finish."
					+ " Check the schema by hand. " + ways;
		}
		// held not at all: the file is read twice, but never whole into memory
		SqlScript script = ScriptParsing.parse(migration.up(), 0);
		int total = script.statementCount();
		int done = row.statementsDone();
		if (done >= total) {
			return "migration " + version + " (" + migration.up().location() + ") ran all "
					+ Plural.of(total, "statement") + " but was not marked done. " + ways;
		}
		return "migration " + version + " (" + migration.up().location() + ") is non-transactional and stopped after "
				+ done + " of " + total + " statements: statements 1-" + done
				+ " ran, statement " + (done + 1) + " at " + migration.up().location() + ":"
				+ line(script, migration.up(), done)
				+ " failed or was interrupted. Fix the cause (the file from statement " + (done + 1)
				+ " on may be edited), then run `up --resume` to continue from statement " + (done + 1) + "; or "
				+ Character.toLowerCase(ways.charAt(0)) + ways.substring(1);
	}

	/** The line of the body's statement at {@code index}, which exists. */
	private static int line(SqlScript script, MigrationScript file, int index) {
		try (ScriptStatements statements = ScriptStatements.of(script, file)) {
			for (int i = 0; i <= index; i++) {
				statements.next();
			}
			return statements.statement().line();
		}
	}

}
