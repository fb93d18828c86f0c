package dev.migrator.execute;

import java.util.ArrayList;
import java.util.List;

import dev.migrator.DirtyDatabaseException;
import dev.migrator.MigratorConfig;
import dev.migrator.Problem;
import dev.migrator.ValidationException;
import dev.migrator.execute.MigrationState.FileChecks;
import dev.migrator.history.HistoryRow;
import dev.migrator.lock.LockHolder;
import dev.migrator.source.MigrationSet;

/**
 * What makes a run refuse, and what {@code validate} and {@code status} report: the
 * history's problems, the files' names and pairing, and the files' content.
 */
final class Validation {

	private final MigratorConfig config;

	Validation(MigratorConfig config) {
		this.config = config;
	}

	/** Refuses a dirty database, then one with problems a run must not build on. */
	void refuseIfInvalid(MigrationState state) {
		if (state.dirty()) {
			throw new DirtyDatabaseException(state.dirtyRow().version(),
					state.problems(FileChecks.NONE, true, true).get(0).message());
		}
		List<Problem> problems = state.problems(
				this.config.validateOnMigrate() ? FileChecks.UP_FILES : FileChecks.NONE, this.config.outOfOrder(),
				this.config.ignoreAhead());
		if (!problems.isEmpty()) {
			throw new ValidationException(problems);
		}
	}

	/**
	 * The history's problems, dirty state first, then the files'. A dirty migration whose lock
	 * is held is in progress instead.
	 */
	List<Problem> problems(MigrationState state, LockHolder holder, List<Problem> fileProblems) {
		List<Problem> problems = new ArrayList<>(state.problems(FileChecks.ALL_FILES, this.config.outOfOrder(),
				this.config.ignoreAhead()));
		if (holder != null) {
			problems.replaceAll((problem) -> (problem.kind() == Problem.Kind.DIRTY) ? inProgress(state, holder)
					: problem);
		}
		problems.addAll(fileProblems);
		return List.copyOf(problems);
	}

	/** The files' problems, found before a connection is opened so that none is held while files are read. */
	static List<Problem> fileProblems(MigrationSet.Loaded files) {
		List<Problem> problems = new ArrayList<>();
		for (String problem : files.problems()) {
			problems.add(new Problem(Problem.Kind.INVALID_NAME, null, problem));
		}
		problems.addAll(ScriptProblems.of(files.files()));
		return problems;
	}

	/** Instead of advising force while the migration may still run: force now would record a guess. */
	private static Problem inProgress(MigrationState state, LockHolder holder) {
		HistoryRow row = state.dirtyRow();
		return new Problem(Problem.Kind.IN_PROGRESS, row.version(), "Migration " + row.version() + " ("
				+ row.description() + ") is in progress"
				+ ((row.statementsDone() != null) ? ", " + row.statementsDone() + " statements done so far" : "")
				+ ": the migration lock is held by pid " + holder.pid() + " (application '" + holder.applicationName()
				+ "', connected since " + holder.connectedSince() + ", " + holder.state() + "). Wait for it to finish"
				+ " (a killed client's server session still finishes its statement), then run `status` again;"
				+ " `up --resume` waits for the lock and continues from where it ends.");
	}

}
