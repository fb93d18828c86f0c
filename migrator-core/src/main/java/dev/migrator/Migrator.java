package dev.migrator;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.migrator.execute.HistoryStore;
import dev.migrator.execute.MigrationPlanner;
import dev.migrator.execute.MigrationRun;
import dev.migrator.execute.MigrationState;
import dev.migrator.execute.MigrationState.FileChecks;
import dev.migrator.execute.PlannedStep;
import dev.migrator.execute.Resumption;
import dev.migrator.execute.RunSession;
import dev.migrator.execute.Scripts;
import dev.migrator.lint.Finding;
import dev.migrator.lint.LintConfig;
import dev.migrator.lint.Linter;
import dev.migrator.lock.AdvisoryLock;
import dev.migrator.lock.LockHolder;
import dev.migrator.lock.LockKey;
import dev.migrator.source.Direction;
import dev.migrator.source.Location;
import dev.migrator.source.Migration;
import dev.migrator.source.MigrationSet;
import dev.migrator.sql.SqlScript;

/**
 * The engine's front door. Every operation that changes the database has one skeleton:
 * read the files, take the lock, read the history, refuse if dirty or invalid, run, let go
 * of the lock. Read-only operations never take the lock and never create anything.
 */
public final class Migrator {

	private final MigratorConfig config;

	public Migrator(MigratorConfig config) {
		this.config = config;
	}

	public MigratorConfig config() {
		return this.config;
	}

	/** Applies every pending migration up to the configured target. */
	public MigrationResult migrate() {
		return run(Operation.migrate());
	}

	public MigrationResult up(int count) {
		return run(Operation.up(count));
	}

	public MigrationResult down(int count) {
		return run(Operation.down(count));
	}

	public MigrationResult gotoVersion(long version) {
		return run(Operation.gotoVersion(version));
	}

	/**
	 * Runs an operation under the lock. When a read without the lock already shows nothing to
	 * do (the common case of an application start), the lock is not taken at all; otherwise
	 * the same connection goes on to run it.
	 */
	public MigrationResult run(Operation operation) {
		MigrationSet files = loadFiles();
		long start = System.nanoTime();
		return withConnection((connection, store) -> {
			if (!operation.resume()) {
				MigrationState state = store.read(connection, files);
				if (!state.dirty() && MigrationPlanner.plan(state, operation, this.config.target()).isEmpty()) {
					refuseIfInvalid(state);
					return new MigrationResult(state.currentVersion(), state.currentVersion(), List.of(),
							elapsedMs(start));
				}
			}
			return underLock(store, () -> runLocked(connection, store, files, operation, start));
		});
	}

	private MigrationResult runLocked(Connection connection, HistoryStore store, MigrationSet files,
			Operation operation, long start) throws SQLException {
		MigrationState state = store.read(connection, files);
		Long before = state.currentVersion();
		List<PlannedStep> steps = new ArrayList<>();
		int resumeFrom = -1;
		if (operation.resume()) {
			resumeFrom = Resumption.statementsDone(state);
			steps.add(Resumption.step(state));
			state = state.withoutDirty();
		}
		refuseIfInvalid(state);
		steps.addAll(MigrationPlanner.plan(state, operation, this.config.target()));
		List<SqlScript> scripts = Scripts.parseAll(steps);
		if (!steps.isEmpty()) {
			store.prepare(connection, files, this.config.createSchema());
		}
		List<MigrationStep> done = execute(connection, store, steps, scripts, resumeFrom);
		Long after = done.isEmpty() ? before : store.read(connection, files).currentVersion();
		long executionMs = elapsedMs(start);
		if (!done.isEmpty()) {
			Log.logger.info("Ran {} migrations in {} ms: version {} -> {}", done.size(), executionMs, before, after);
		}
		return new MigrationResult(before, after, done, executionMs);
	}

	/** What {@link #run(Operation)} would do, computed without changing anything. */
	public Plan plan(Operation operation) {
		MigrationSet files = loadFiles();
		return readOnly((connection, store) -> {
			MigrationState state = store.read(connection, files);
			List<PlannedStep> steps = MigrationPlanner.plan(state, operation, this.config.target());
			List<SqlScript> scripts = Scripts.parseAllHeld(steps);
			List<Plan.PlannedMigration> migrations = new ArrayList<>(steps.size());
			Linter linter = new Linter(LintConfig.defaults());
			for (int i = 0; i < steps.size(); i++) {
				PlannedStep step = steps.get(i);
				migrations.add(new Plan.PlannedMigration(step.migration().version(), step.migration().description(),
						step.direction(), !scripts.get(i).noTransaction(), step.script().location(),
						scripts.get(i).statements(), linter.lint(step.script(), step.direction() == Direction.DOWN)));
			}
			return new Plan(state.currentVersion(), state.dirty(), migrations);
		});
	}

	public MigrationStatus status() {
		MigrationSet files = loadFiles();
		return readOnly((connection, store) -> Reports.status(store.read(connection, files),
				this.config.outOfOrder()));
	}

	/** Lints the up files of the pending migrations; reads the history, changes nothing. */
	public List<Finding> lintPending(LintConfig lintConfig) {
		MigrationSet files = loadFiles();
		List<Migration> pending = readOnly((connection, store) -> store.read(connection, files).pending());
		Linter linter = new Linter(lintConfig);
		List<Finding> findings = new ArrayList<>();
		for (Migration migration : pending) {
			findings.addAll(linter.lint(migration.up(), false));
		}
		return findings;
	}

	/** The session holding the migration lock now, if any; read without waiting. */
	public Optional<LockHolder> lockHolder() {
		return readOnly((connection, store) -> AdvisoryLock.holder(connection, LockKey.of(store.name())));
	}

	/** Every problem between the files and the history; empty when a run would go ahead. */
	public List<Problem> validate() {
		MigrationSet files = loadFiles();
		return readOnly((connection, store) -> store.read(connection, files).problems(FileChecks.ALL_FILES,
				this.config.outOfOrder()));
	}

	/**
	 * Records {@code version} as the current version without running anything: rows above it
	 * are removed, files at or below it are recorded as applied, and the dirty flag is cleared.
	 * {@code -1} removes every row.
	 */
	public void force(long version) {
		MigrationSet files = loadFiles();
		withLock((connection, store) -> {
			store.prepare(connection, files, this.config.createSchema());
			store.force(connection, files, version);
			return null;
		});
	}

	/** Records an existing database as being at {@code version}; refused when the history has rows. */
	public void baseline(long version) {
		MigrationSet files = loadFiles();
		withLock((connection, store) -> {
			store.prepare(connection, files, this.config.createSchema());
			store.baseline(connection, files, version);
			return null;
		});
	}

	/** Records the current checksums of applied migrations whose files changed; returns their versions. */
	public List<Long> repair() {
		MigrationSet files = loadFiles();
		return withLock((connection, store) -> {
			store.prepare(connection, files, this.config.createSchema());
			return store.repair(connection, store.read(connection, files));
		});
	}

	private List<MigrationStep> execute(Connection connection, HistoryStore store, List<PlannedStep> steps,
			List<SqlScript> scripts, int resumeFrom) throws SQLException {
		MigrationRun run = new MigrationRun(store.executor(this.config.ddlLockRetries()), this.config.listener(), steps,
				scripts);
		try (RunSession ignored = RunSession.start(connection, this.config.ddlLockTimeout())) {
			return run.run(connection, resumeFrom);
		}
	}

	private void refuseIfInvalid(MigrationState state) {
		if (state.dirty()) {
			throw new DirtyDatabaseException(state.dirtyRow().version(),
					state.problems(FileChecks.NONE, true).get(0).message());
		}
		List<Problem> problems = state.problems(
				this.config.validateOnMigrate() ? FileChecks.UP_FILES : FileChecks.NONE, this.config.outOfOrder());
		if (!problems.isEmpty()) {
			throw new ValidationException(problems);
		}
	}

	private MigrationSet loadFiles() {
		List<Location> locations = this.config.locations().stream().map(Location::parse).toList();
		MigrationSet files = MigrationSet.load(locations, this.config.classLoader());
		files.prefetchChecksums();
		return files;
	}

	/**
	 * Runs work under the lock. The history tables are created by the work itself, only
	 * once it is about to change something, so that bad input leaves the database as it was.
	 */
	private <T> T withLock(Work<T> work) {
		return withConnection((connection, store) -> underLock(store, () -> work.run(connection, store)));
	}

	private <T> T underLock(HistoryStore store, LockedWork<T> work) throws SQLException {
		try (AdvisoryLock lock = AdvisoryLock.acquire(this.config.dataSource(), LockKey.of(store.name()),
				this.config.lockTimeout(), (holder) -> Log.logger.info("Waiting up to {} s for the migration lock held by {}",
						this.config.lockTimeout().toSeconds(), holder.map(Object::toString).orElse("another session")))) {
			return work.run();
		}
	}

	private <T> T readOnly(Work<T> work) {
		return withConnection((connection, store) -> {
			connection.setReadOnly(true);
			try {
				return work.run(connection, store);
			}
			finally {
				connection.setReadOnly(false);
			}
		});
	}

	private <T> T withConnection(Work<T> work) {
		try (Connection connection = this.config.dataSource().getConnection()) {
			return work.run(connection, HistoryStore.resolve(connection, this.config));
		}
		catch (SQLException ex) {
			throw new MigratorException("Database error: " + ex.getMessage(), ex);
		}
	}

	private static long elapsedMs(long start) {
		return (System.nanoTime() - start) / 1_000_000;
	}

	/**
	 * The logger, created on first use: a run with nothing to do logs nothing, so a short-lived
	 * process (a CLI call, a job) does not pay for starting the logging backend.
	 */
	private static final class Log {

		static final Logger logger = LoggerFactory.getLogger(Migrator.class);

	}

	@FunctionalInterface
	private interface Work<T> {

		T run(Connection connection, HistoryStore store) throws SQLException;

	}

	@FunctionalInterface
	private interface LockedWork<T> {

		T run() throws SQLException;

	}

}
