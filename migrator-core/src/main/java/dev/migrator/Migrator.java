package dev.migrator;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import dev.migrator.execute.Baseline;
import dev.migrator.execute.Cancellation;
import dev.migrator.execute.Engine;
import dev.migrator.execute.Force;
import dev.migrator.execute.OperationRunner;
import dev.migrator.execute.Planning;
import dev.migrator.execute.Repair;
import dev.migrator.execute.StatusReader;
import dev.migrator.lint.Finding;
import dev.migrator.lint.LintConfig;
import dev.migrator.lock.LockHolder;

/**
 * The engine's front door; every operation is one of the engine's verbs (see
 * {@link Engine}). Every operation that changes the database has one skeleton: read the
 * files, take the lock, read the history, refuse if dirty or invalid, run, let go of the
 * lock. Read-only operations never take the lock and never create anything.
 */
public final class Migrator {

	private final MigratorConfig config;

	private final Cancellation cancellation = new Cancellation();

	private final OperationRunner runner;

	private final Planning planning;

	private final StatusReader statusReader;

	private final Force force;

	private final Baseline baseline;

	private final Repair repair;

	public Migrator(MigratorConfig config) {
		this.config = config;
		Engine engine = new Engine(config, this.cancellation);
		this.runner = new OperationRunner(engine);
		this.planning = new Planning(engine);
		this.statusReader = new StatusReader(engine);
		this.force = new Force(engine);
		this.baseline = new Baseline(engine);
		this.repair = new Repair(engine);
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
	 * do (the common case of an application start), the lock is not taken at all. A resume
	 * always reads under the lock: a killed client's backend may still be finishing the dirty
	 * migration, and the decision must see how it ended.
	 */
	public MigrationResult run(Operation operation) {
		return this.runner.run(operation);
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

	/** What {@link #run(Operation)} would do, computed without changing anything. */
	public Plan plan(Operation operation) {
		return this.planning.plan(operation);
	}

	/**
	 * The state, with every problem {@link #validate()} finds, and who holds the lock: a dirty
	 * migration whose lock is held is in progress, not stuck.
	 */
	public MigrationStatus status() {
		return this.statusReader.status();
	}

	/**
	 * Lints the up files of the pending migrations as the one run they are, over the applied
	 * ones (their tables exist, their indexes count); reads the history, changes nothing.
	 */
	public List<Finding> lintPending(LintConfig lintConfig) {
		return this.planning.lintPending(lintConfig);
	}

	/** The session holding the migration lock now, if any; read without waiting. */
	public Optional<LockHolder> lockHolder() {
		return this.statusReader.lockHolder();
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
		return this.statusReader.validate();
	}

	/**
	 * Records {@code version} as the current version without running anything: rows above it
	 * are removed, files at or below it are recorded as applied, and the dirty flag is cleared.
	 * {@code -1} removes every row.
	 */
	public void force(long version) {
		this.force.force(version);
	}

	/** Records an existing database as being at {@code version}; refused when the history has rows. */
	public void baseline(long version) {
		this.baseline.baseline(version);
	}

	/** Records the current checksums of applied migrations whose files changed; returns their versions. */
	public List<Long> repair() {
		return this.repair.repair();
	}

}
