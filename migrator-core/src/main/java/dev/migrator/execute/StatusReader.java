package dev.migrator.execute;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.migrator.AppliedMigration;
import dev.migrator.MigrationStatus;
import dev.migrator.PendingMigration;
import dev.migrator.Problem;
import dev.migrator.history.HistoryRow;
import dev.migrator.lock.LockHolder;
import dev.migrator.source.Migration;
import dev.migrator.source.MigrationSet;

/**
 * The read-only reports: the status, the problems {@code validate} finds, the lock's
 * holder. They never take the lock and never create anything.
 */
public final class StatusReader {

	private final Engine engine;

	private final Validation validation;

	public StatusReader(Engine engine) {
		this.engine = engine;
		this.validation = new Validation(engine.config());
	}

	/**
	 * The state, with every problem {@link #validate()} finds, and who holds the lock: a dirty
	 * migration whose lock is held is in progress, not stuck.
	 */
	public MigrationStatus status() {
		MigrationSet.Loaded files = this.engine.filesToReport();
		List<Problem> fileProblems = Validation.fileProblems(files);
		return this.engine.readOnly((session) -> {
			MigrationState state = session.state(files.files());
			LockHolder holder = session.lockHolder().orElse(null);
			return status(state, holder, this.validation.problems(state, holder, fileProblems));
		});
	}

	/** Every problem that would make a run refuse; see {@link dev.migrator.Migrator#validate()}. */
	public List<Problem> validate() {
		MigrationSet.Loaded files = this.engine.filesToReport();
		List<Problem> fileProblems = Validation.fileProblems(files);
		return this.engine.readOnly((session) -> this.validation.problems(session.state(files.files()),
				session.lockHolder().orElse(null), fileProblems));
	}

	/** The session holding the migration lock now, if any; read without waiting. */
	public Optional<LockHolder> lockHolder() {
		return this.engine.readOnly(Session::lockHolder);
	}

	private static MigrationStatus status(MigrationState state, LockHolder lockHolder, List<Problem> problems) {
		List<AppliedMigration> applied = new ArrayList<>();
		List<AppliedMigration> ahead = new ArrayList<>();
		for (HistoryRow row : state.applied()) {
			String script = state.files().find(row.version()).map((migration) -> migration.up().location()).orElse(null);
			(state.isAhead(row) ? ahead : applied).add(new AppliedMigration(row.version(), row.description(),
					row.checksum(), row.appliedAt(), row.executionMs(), row.appliedBy(), row.dirty(),
					row.statementsDone(), script));
		}
		List<PendingMigration> pending = new ArrayList<>();
		for (Migration migration : state.pending()) {
			pending.add(new PendingMigration(migration.version(), migration.description(), migration.up().location()));
		}
		return new MigrationStatus(state.currentVersion(), state.dirty(), applied, pending, ahead, problems,
				lockHolder);
	}

}
