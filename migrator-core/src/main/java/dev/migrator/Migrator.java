package dev.migrator;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.migrator.execute.Cancellation;
import dev.migrator.execute.HistoryStore;
import dev.migrator.execute.MigrationPlanner;
import dev.migrator.execute.MigrationRun;
import dev.migrator.execute.MigrationState;
import dev.migrator.execute.MigrationState.FileChecks;
import dev.migrator.execute.PlannedStep;
import dev.migrator.execute.RunSession;
import dev.migrator.execute.ScriptProblems;
import dev.migrator.execute.Scripts;
import dev.migrator.history.HistoryRow;
import dev.migrator.lint.Finding;
import dev.migrator.lint.LintConfig;
import dev.migrator.lint.Linter;
import dev.migrator.lock.AdvisoryLock;
import dev.migrator.lock.LockHolder;
import dev.migrator.lock.LockKey;
import dev.migrator.source.Direction;
import dev.migrator.source.Location;
import dev.migrator.source.Migration;
import dev.migrator.source.MigrationScript;
import dev.migrator.source.MigrationSet;
import dev.migrator.sql.SqlScript;

/**
 * The engine's front door. Every operation that changes the database has one skeleton:
 * read the files, take the lock, read the history, refuse if dirty or invalid, run, let go
 * of the lock. Read-only operations never take the lock and never create anything.
 */
public final class Migrator {

	private final MigratorConfig config;

	private final Cancellation cancellation = new Cancellation();

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
	 * the same connection goes on to run it. A resume always reads under the lock: a killed
	 * client's backend may still be finishing the dirty migration, and the decision must see
	 * how it ended.
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
							elapsedMs(start), false);
				}
			}
			return underLock(connection, store, () -> {
				try {
					return runLocked(connection, store, files, operation, start);
				}
				catch (Cancellation.Interrupted ex) {
					throw interrupted(ex, store.read(connection, files));
				}
			});
		});
	}

	/**
	 * Stops the run in progress and every later one of this migrator, from another thread
	 * (a shutdown hook): the statement running is cancelled on the server, a transactional
	 * migration is rolled back, a non-transactional one keeps its progress, and the lock is
	 * let go once the session is idle. The run ends with a {@link MigrationInterruptedException}.
	 * @param wait how long to wait for the run to end
	 * @return whether no run was still going when the wait ended
	 */
	public boolean cancel(Duration wait) {
		this.cancellation.request();
		try {
			return this.cancellation.awaitRunsEnded(wait.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/** On a clean database a resume has nothing to finish and runs as the operation alone. */
	private MigrationResult runLocked(Connection connection, HistoryStore store, MigrationSet files,
			Operation operation, long start) throws SQLException {
		MigrationState state = store.read(connection, files);
		Long before = state.currentVersion();
		List<PlannedStep> steps = new ArrayList<>();
		Optional<PlannedStep> resumption = MigrationPlanner.resumption(state, operation);
		boolean resumed = resumption.isPresent();
		if (resumed) {
			steps.add(resumption.get());
			state = state.withoutDirty();
		}
		else if (operation.resume()) {
			Log.logger.info("Nothing to resume: the database is not dirty; running pending migrations");
		}
		refuseIfInvalid(state);
		steps.addAll(MigrationPlanner.plan(state, operation, this.config.target()));
		List<SqlScript> scripts = Scripts.parseAll(steps);
		if (!steps.isEmpty()) {
			store.prepare(connection, files, this.config.createSchema());
		}
		List<MigrationStep> done = execute(connection, store, steps, scripts);
		Long after = done.isEmpty() ? before : store.read(connection, files).currentVersion();
		long executionMs = elapsedMs(start);
		if (!done.isEmpty()) {
			Log.logger.info("Ran {} migrations in {} ms: version {} -> {}", done.size(), executionMs, before, after);
		}
		return new MigrationResult(before, after, done, executionMs, resumed);
	}

	/** What {@link #run(Operation)} would do, computed without changing anything. */
	public Plan plan(Operation operation) {
		MigrationSet files = loadFiles();
		return readOnly((connection, store) -> {
			MigrationState state = store.read(connection, files);
			List<PlannedStep> steps = MigrationPlanner.plan(state, operation, this.config.target());
			List<SqlScript> scripts = Scripts.parseAllHeld(steps);
			Linter linter = new Linter(LintConfig.defaults());
			List<MigrationScript> ups = steps.stream()
				.filter((step) -> step.direction() == Direction.UP)
				.map(PlannedStep::script)
				.toList();
			Map<String, List<Finding>> upFindings = linter.lintPending(appliedUps(state), ups)
				.stream()
				.collect(Collectors.groupingBy(Finding::file));
			List<Plan.PlannedMigration> migrations = new ArrayList<>(steps.size());
			for (int i = 0; i < steps.size(); i++) {
				PlannedStep step = steps.get(i);
				List<Finding> findings = (step.direction() == Direction.DOWN) ? linter.lint(step.script(), true)
						: upFindings.getOrDefault(step.script().fileName(), List.of());
				migrations.add(new Plan.PlannedMigration(step.migration().version(), step.migration().description(),
						step.direction(), !scripts.get(i).noTransaction(), step.script().location(),
						scripts.get(i).statements(), findings));
			}
			return new Plan(state.currentVersion(), state.dirty(), migrations);
		});
	}

	/**
	 * The state, with every problem {@link #validate()} finds, and who holds the lock: a dirty
	 * migration whose lock is held is in progress, not stuck.
	 */
	public MigrationStatus status() {
		MigrationSet.Loaded files = loadFilesToReport();
		List<Problem> fileProblems = fileProblems(files);
		return readOnly((connection, store) -> {
			MigrationState state = store.read(connection, files.files());
			LockHolder holder = AdvisoryLock.holder(connection, LockKey.of(store.name())).orElse(null);
			return Reports.status(state, holder, problems(state, holder, fileProblems));
		});
	}

	/**
	 * Lints the up files of the pending migrations as the one run they are, over the applied
	 * ones (their tables exist, their indexes count); reads the history, changes nothing.
	 */
	public List<Finding> lintPending(LintConfig lintConfig) {
		MigrationSet files = loadFilesToReport().files();
		MigrationState state = readOnly((connection, store) -> store.read(connection, files));
		return new Linter(lintConfig).lintPending(appliedUps(state),
				state.pending().stream().map(Migration::up).toList());
	}

	/** The up files of the applied migrations that still have one, in version order. */
	private static List<MigrationScript> appliedUps(MigrationState state) {
		return state.files()
			.migrations()
			.stream()
			.filter((migration) -> state.isApplied(migration.version()))
			.map(Migration::up)
			.toList();
	}

	/** The session holding the migration lock now, if any; read without waiting. */
	public Optional<LockHolder> lockHolder() {
		return readOnly((connection, store) -> AdvisoryLock.holder(connection, LockKey.of(store.name())));
	}

	/**
	 * Every problem that would make {@code up}, {@code down} or {@code goto} refuse before
	 * touching the database, whichever files they come to run: the history's (dirty, checksum
	 * drift, missing files, out of order, and migrations a newer release ran when
	 * ignore-ahead is off), the files' names and pairing, and every up and down file's
	 * content (encoding, syntax, meta-commands, directives, transaction rules). Empty when a
	 * run would go ahead.
	 */
	public List<Problem> validate() {
		MigrationSet.Loaded files = loadFilesToReport();
		List<Problem> fileProblems = fileProblems(files);
		return readOnly((connection, store) -> problems(store.read(connection, files.files()),
				AdvisoryLock.holder(connection, LockKey.of(store.name())).orElse(null), fileProblems));
	}

	/** The files' problems, found before a connection is opened so that none is held while files are read. */
	private static List<Problem> fileProblems(MigrationSet.Loaded files) {
		List<Problem> problems = new ArrayList<>();
		for (String problem : files.problems()) {
			problems.add(new Problem(Problem.Kind.INVALID_NAME, null, problem));
		}
		problems.addAll(ScriptProblems.of(files.files()));
		return problems;
	}

	/**
	 * The history's problems, dirty state first, then the files'. A dirty migration whose lock
	 * is held is in progress instead.
	 */
	private List<Problem> problems(MigrationState state, LockHolder holder, List<Problem> fileProblems) {
		List<Problem> problems = new ArrayList<>(state.problems(FileChecks.ALL_FILES, this.config.outOfOrder(),
				this.config.ignoreAhead()));
		if (holder != null) {
			problems.replaceAll((problem) -> (problem.kind() == Problem.Kind.DIRTY) ? Reports.inProgress(state, holder)
					: problem);
		}
		problems.addAll(fileProblems);
		return List.copyOf(problems);
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
			List<SqlScript> scripts) throws SQLException {
		MigrationRun run = new MigrationRun(store.executor(this.config.ddlLockRetries(), this.cancellation),
				this.config.listener(), steps, scripts, this.cancellation);
		try (RunSession ignored = RunSession.start(connection, this.config.ddlLockTimeout())) {
			return run.run(connection);
		}
	}

	private void refuseIfInvalid(MigrationState state) {
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

	private MigrationSet loadFiles() {
		MigrationSet files = MigrationSet.load(locations(), this.config.classLoader());
		files.prefetchChecksums();
		return files;
	}

	/** For reports: badly named or paired files are problems to report, not errors. */
	private MigrationSet.Loaded loadFilesToReport() {
		MigrationSet.Loaded loaded = MigrationSet.loadWithProblems(locations(), this.config.classLoader());
		loaded.files().prefetchChecksums();
		return loaded;
	}

	private List<Location> locations() {
		return this.config.locations().stream().map(Location::parse).toList();
	}

	/**
	 * Runs work under the lock. The history tables are created by the work itself, only
	 * once it is about to change something, so that bad input leaves the database as it was.
	 */
	private <T> T withLock(Work<T> work) {
		return withConnection((connection, store) -> underLock(connection, store, () -> work.run(connection, store)));
	}

	/** Runs work holding the lock on the connection's own session, see {@link AdvisoryLock}. */
	private <T> T underLock(Connection connection, HistoryStore store, LockedWork<T> work) throws SQLException {
		this.cancellation.runStarted();
		try (AdvisoryLock lock = AdvisoryLock.acquire(connection, LockKey.of(store.name()), this.config.lockTimeout(),
				(holder) -> Log.logger.info("Waiting up to {} s for the migration lock held by {}",
						this.config.lockTimeout().toSeconds(), holder.map(Object::toString).orElse("another session")),
				this::stopWaitingIfCancelled)) {
			return work.run();
		}
		finally {
			this.cancellation.runEnded();
		}
	}

	private void stopWaitingIfCancelled() {
		if (this.cancellation.requested()) {
			throw new MigrationInterruptedException("stopped while waiting for the migration lock; nothing was changed");
		}
	}

	/**
	 * Adds the state the run left the database in, read on its session before the lock is
	 * let go, and for a dirty one the commands that finish or undo it.
	 */
	private static MigrationInterruptedException interrupted(Cancellation.Interrupted ex, MigrationState state) {
		HistoryRow dirty = state.dirtyRow();
		if (dirty == null) {
			Long version = state.currentVersion();
			return new MigrationInterruptedException(ex.getMessage() + "; database clean at "
					+ ((version != null) ? version : "no version (nothing applied)"));
		}
		Long previous = state.files().previousVersion(dirty.version());
		String forcePrevious = "`force " + ((previous != null) ? previous : -1) + "`";
		String ways = (dirty.statementsDone() != null)
				? "run `up --resume` to continue from statement " + (dirty.statementsDone() + 1)
						+ ", or undo what it did by hand and run " + forcePrevious
				: "finish it by hand and run " + forcePrevious + ", or undo what it did and run `force "
						+ dirty.version() + "`";
		return new MigrationInterruptedException(
				ex.getMessage() + "; database dirty at " + dirty.version() + "; " + ways);
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
			throw new DatabaseException("Database error", ex);
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
