package dev.migrator.execute;

import java.util.ArrayList;
import java.util.List;

import dev.migrator.DirtyDatabaseException;
import dev.migrator.MigratorConfig;
import dev.migrator.Problem;
import dev.migrator.ValidationException;
import dev.migrator.execute.StateProblems.FileChecks;
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
					StateProblems.dirty(state.dirtyRow(), state.files()).message());
		}
		List<Problem> problems = StateProblems.of(state,
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
		List<Problem> problems = new ArrayList<>(StateProblems.of(state, FileChecks.ALL_FILES, this.config.outOfOrder(),
				this.config.ignoreAhead()));
		if (holder != null) {
			problems.replaceAll((problem) -> (problem.kind() == Problem.Kind.DIRTY)
					? StateProblems.inProgress(state.dirtyRow(), holder)
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

}
