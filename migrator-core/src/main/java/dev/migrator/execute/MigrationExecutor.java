package dev.migrator.execute;

import java.io.Reader;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.migrator.MigrationFailedException;
import dev.migrator.MigrationStep;
import dev.migrator.MigrationStoppedException;
import dev.migrator.MigratorException;
import dev.migrator.RetryInterruptedException;
import dev.migrator.history.HistoryLog;
import dev.migrator.history.HistoryLog.LogEntry;
import dev.migrator.history.HistoryTable;
import dev.migrator.source.Direction;
import dev.migrator.source.Migration;
import dev.migrator.source.MigrationScript;
import dev.migrator.sql.SqlScript;
import dev.migrator.sql.SqlStatement;

/**
 * Runs migrations on a connection and records them: one in one direction, or several
 * transactional ones in one round trip. A transactional migration and its history row
 * commit together or not at all, sent in as few round trips as the statements allow. A non-transactional one is marked dirty first and records its
 * progress after each statement: statements that may run in a transaction commit together
 * with their progress, so the recorded progress is exact for all but the statements
 * PostgreSQL runs only outside one.
 */
public final class MigrationExecutor {

	private static final Logger logger = LoggerFactory.getLogger(MigrationExecutor.class);

	private static final String LOCK_NOT_AVAILABLE = "55P03";

	private static final String ROLLED_BACK = "Its transaction was rolled back: the database is unchanged and"
			+ " clean, at the version it had before this migration.";

	private final HistoryTable history;

	private final HistoryLog log;

	private final int ddlLockRetries;

	private final Cancellation cancellation;

	public MigrationExecutor(HistoryTable history, HistoryLog log, int ddlLockRetries, Cancellation cancellation) {
		this.history = history;
		this.log = log;
		this.ddlLockRetries = ddlLockRetries;
		this.cancellation = cancellation;
	}

	/**
	 * Applies a migration from its first statement, or resumes one whose dirty row records
	 * {@code resumeFrom} statements done.
	 * @param resumeFrom the statements done of the dirty row being resumed, or {@code -1}
	 * for a migration not started
	 */
	public void apply(Connection connection, Migration migration, SqlScript script, int resumeFrom)
			throws SQLException {
		run(connection, new MigrationStep(migration.version(), migration.description(), Direction.UP,
				migration.up().location()), migration, script, resumeFrom);
	}

	public void revert(Connection connection, Migration migration, SqlScript script) throws SQLException {
		run(connection, new MigrationStep(migration.version(), migration.description(), Direction.DOWN,
				migration.down().location()), migration, script, -1);
	}

	/**
	 * Runs consecutive transactional migrations of one direction in one round trip, each in
	 * its own transaction with its history row and log entry, so the server goes from one to
	 * the next without waiting for the client. A failure rolls back the migration it hit, and
	 * the server skips the rest of the batch. Returns how many committed: when fewer than all,
	 * the caller runs the next one alone, which retries it, names the statement that fails,
	 * or, after a requested stop, reports it rolled back.
	 */
	public int runTogether(Connection connection, List<PlannedStep> steps, List<SqlScript> scripts)
			throws SQLException {
		try (Statement batch = connection.createStatement()) {
			batch.setEscapeProcessing(false);
			for (int i = 0; i < steps.size(); i++) {
				MigrationStep step = steps.get(i).describe();
				batch.addBatch("BEGIN");
				for (SqlStatement statement : scripts.get(i).statements()) {
					batch.addBatch(statement.sql());
				}
				batch.addBatch(record(step, steps.get(i).migration()));
				batch.addBatch(this.log.appendAtEndOfTransaction(action(step), step.version(), step.description()));
				batch.addBatch("COMMIT");
			}
			if (!this.cancellation.beforeStatement(connection)) {
				return 0;
			}
			Throwable failure;
			try {
				batch.executeBatch();
				return steps.size();
			}
			catch (SQLException | RuntimeException | Error ex) {
				failure = ex;
			}
			finally {
				this.cancellation.afterStatement();
			}
			// the failure is met again when its migration runs alone; here only end its transaction
			try {
				batch.execute("ROLLBACK");
			}
			catch (SQLException rollbackFailure) {
				rollbackFailure.addSuppressed(failure);
				throw rollbackFailure;
			}
			return committed(connection, steps);
		}
	}

	/** How many of the steps, in order, the history shows done. */
	private int committed(Connection connection, List<PlannedStep> steps) throws SQLException {
		Set<Long> recorded = this.history.recorded(connection,
				steps.stream().map((step) -> step.migration().version()).toList());
		int committed = 0;
		for (PlannedStep step : steps) {
			boolean done = recorded.contains(step.migration().version()) == (step.direction() == Direction.UP);
			if (!done) {
				break;
			}
			committed++;
		}
		return committed;
	}

	private void run(Connection connection, MigrationStep step, Migration migration, SqlScript script, int resumeFrom)
			throws SQLException {
		if (script.noTransaction()) {
			runOutsideTransaction(connection, step, migration, script, resumeFrom);
		}
		else {
			runInTransaction(connection, step, migration, script);
		}
	}

	private void runInTransaction(Connection connection, MigrationStep step, Migration migration, SqlScript script)
			throws SQLException {
		Instant started = Instant.now();
		long start = System.nanoTime();
		int batchUntil = Integer.MAX_VALUE;
		for (int attempt = 0;; attempt++) {
			connection.setAutoCommit(false);
			try (StatementPipeline pipeline = new StatementPipeline(connection, batchUntil, this.cancellation);
					ScriptStatements statements = ScriptStatements.of(script, file(step, migration))) {
				while (statements.next()) {
					pipeline.add(statements.statement(), statements.copyData());
				}
				pipeline.addBookkeeping(record(step, migration));
				pipeline.addBookkeeping(this.log.appendAtEndOfTransaction(action(step), step.version(),
						step.description()));
				pipeline.flush();
				connection.commit();
				return;
			}
			catch (StatementPipeline.StatementFailure ex) {
				connection.rollback();
				if (this.cancellation.caused(ex.error())) {
					throw interrupted(connection, step, "rolled back", started, start);
				}
				if (ex.inBatch()) {
					// replay the failed batch one statement at a time to learn which statement fails
					batchUntil = ex.batchStart();
					attempt--;
					continue;
				}
				if (isLockTimeout(ex.error()) && attempt < this.ddlLockRetries) {
					retryLater(step, attempt);
					continue;
				}
				throw failure(connection, step, ex, ROLLED_BACK + " Fix the file and run again (`up`, or restart the"
						+ " application).", false, started, start);
			}
			catch (RuntimeException | Error ex) {
				rollback(connection, ex);
				throw stopped(connection, step, ex, ROLLED_BACK, started, start);
			}
			finally {
				connection.setAutoCommit(true);
			}
		}
	}

	private void runOutsideTransaction(Connection connection, MigrationStep step, Migration migration,
			SqlScript script, int resumeFrom) throws SQLException {
		Instant started = Instant.now();
		long start = System.nanoTime();
		long version = migration.version();
		int total = script.statementCount();
		if (step.direction() == Direction.UP && resumeFrom < 0) {
			Sql.execute(connection, this.history.insert(version, migration.description(), migration.up().checksum(),
					downChecksum(migration), true, 0));
		}
		else if (step.direction() == Direction.DOWN) {
			Sql.execute(connection, this.history.markDirty(version));
		}
		DoneStatements done = new DoneStatements();
		int finished = Math.max(resumeFrom, 0);
		try (ScriptStatements statements = ScriptStatements.of(script, file(step, migration))) {
			while (statements.next()) {
				int i = statements.index();
				done.add(statements.statement());
				if (i < resumeFrom) {
					continue;
				}
				try {
					runTracked(connection, step, statements.statement(), statements.copyData(), done);
				}
				catch (StatementPipeline.StatementFailure ex) {
					if (this.cancellation.caused(ex.error())) {
						throw interrupted(connection, step, "stopped after " + i + " of " + total + " statements",
								started, start);
					}
					throw failure(connection, step, ex, nonTransactionalOutcome(step, i, total), true, started,
							start);
				}
				finished = i + 1;
			}
		}
		catch (RuntimeException | Error ex) {
			throw stopped(connection, step, ex, nonTransactionalOutcome(step, finished, total), started, start);
		}
		long executionMs = elapsedMs(start);
		Sql.execute(connection, (step.direction() == Direction.UP)
				? this.history.markClean(version, executionMs, migration.up().checksum(), downChecksum(migration))
				: this.history.delete(version));
		Sql.execute(connection, this.log.append(entry(step, null, started, executionMs)));
	}

	/**
	 * Runs a statement of a non-transactional migration and records that it is done.
	 * @param done the statements done once this one is, this one included
	 */
	private void runTracked(Connection connection, MigrationStep step, SqlStatement statement, Reader copyData,
			DoneStatements done) throws SQLException, StatementPipeline.StatementFailure {
		boolean alone = statement.facts().refusedInTransaction();
		for (int attempt = 0;; attempt++) {
			connection.setAutoCommit(alone);
			try (StatementPipeline pipeline = new StatementPipeline(connection, 0, this.cancellation)) {
				pipeline.add(statement, copyData);
				if (step.direction() == Direction.UP) {
					pipeline.addBookkeeping(this.history.updateProgress(step.version(), done.count(),
							done.checksum()));
				}
				if (!alone) {
					connection.commit();
				}
				return;
			}
			catch (StatementPipeline.StatementFailure ex) {
				if (!alone) {
					connection.rollback();
				}
				if (!isLockTimeout(ex.error()) || attempt >= this.ddlLockRetries || this.cancellation.requested()) {
					throw ex;
				}
				retryLater(step, attempt);
			}
			catch (RuntimeException | Error ex) {
				if (!alone) {
					rollback(connection, ex);
				}
				throw ex;
			}
			finally {
				connection.setAutoCommit(true);
			}
		}
	}

	private static MigrationScript file(MigrationStep step, Migration migration) {
		return (step.direction() == Direction.UP) ? migration.up() : migration.down();
	}

	private String record(MigrationStep step, Migration migration) {
		if (step.direction() == Direction.UP) {
			return this.history.insertAtEndOfTransaction(migration.version(), migration.description(),
					migration.up().checksum(), downChecksum(migration));
		}
		return this.history.delete(migration.version());
	}

	private static String nonTransactionalOutcome(MigrationStep step, int done, int total) {
		if (step.direction() == Direction.DOWN) {
			return "The down is not transactional, so the database is left dirty at version " + step.version()
					+ " with " + done + " of " + total + " statements of the down done. Finish or undo them by hand,"
					+ " then run `force` with the version the schema is at.";
		}
		return "The migration is not transactional, so the database is left dirty at version " + step.version()
				+ " with " + done + " of " + total + " statements done. Fix the cause (the file from statement "
				+ (done + 1) + " on may be edited), then run `up --resume` to continue from statement " + (done + 1)
				+ ", or finish the migration by hand and run `force " + step.version() + "`.";
	}

	private MigratorException failure(Connection connection, MigrationStep step,
			StatementPipeline.StatementFailure failed, String outcome, boolean leftDirty, Instant started, long start) {
		SQLException error = failed.error();
		FailurePosition position = (failed.statement() != null) ? FailurePosition.of(failed.statement(), error)
				: new FailurePosition(1, 1, String.valueOf(error.getSQLState()), error.getMessage());
		MigrationFailedException failure = new MigrationFailedException(step, step.script(), position.line(),
				position.column(), position.sqlState(), position.message(), outcome, leftDirty, error);
		try {
			Sql.execute(connection, this.log.append(entry(step, failure.getMessage(), started, elapsedMs(start))));
		}
		catch (SQLException logError) {
			failure.addSuppressed(logError);
		}
		return failure;
	}

	/**
	 * An error that is not the SQL's, once the migration's transaction is rolled back: a
	 * Migrator error or a requested stop as it is, anything else (out of memory, a bug) with
	 * the state the database is in.
	 */
	private RuntimeException stopped(Connection connection, MigrationStep step, Throwable error, String outcome,
			Instant started, long start) {
		if (error instanceof MigratorException || error instanceof Cancellation.Interrupted) {
			return (RuntimeException) error;
		}
		MigrationStoppedException stopped = new MigrationStoppedException(step, outcome, error);
		try {
			Sql.execute(connection, this.log.append(entry(step, stopped.getMessage(), started, elapsedMs(start))));
		}
		catch (SQLException logError) {
			stopped.addSuppressed(logError);
		}
		return stopped;
	}

	/** Ends the transaction before autocommit is restored, which would commit it. */
	private static void rollback(Connection connection, Throwable error) {
		try {
			connection.rollback();
		}
		catch (SQLException ex) {
			error.addSuppressed(ex);
		}
	}

	/** Ends the run on a requested stop, with a log entry that says so. */
	private Cancellation.Interrupted interrupted(Connection connection, MigrationStep step, String what,
			Instant started, long start) {
		Cancellation.Interrupted interrupted = new Cancellation.Interrupted(describe(step) + " " + what);
		try {
			Sql.execute(connection,
					this.log.append(entry(step, "interrupted: " + interrupted.getMessage(), started, elapsedMs(start))));
		}
		catch (SQLException logError) {
			interrupted.addSuppressed(logError);
		}
		return interrupted;
	}

	/** "migration 5 (add_index, up)", as failures name a migration. */
	static String describe(MigrationStep step) {
		return "migration " + step.version() + " (" + step.description() + ", " + action(step) + ")";
	}

	private static String downChecksum(Migration migration) {
		return (migration.down() != null) ? migration.down().checksum() : null;
	}

	private static LogEntry entry(MigrationStep step, String error, Instant started, long executionMs) {
		return new LogEntry(action(step), step.version(), step.description(), error, started,
				executionMs);
	}

	/** The log's name for what the step does: {@code up} or {@code down}. */
	private static String action(MigrationStep step) {
		return step.direction().name().toLowerCase(Locale.ROOT);
	}

	private static boolean isLockTimeout(SQLException ex) {
		return LOCK_NOT_AVAILABLE.equals(ex.getSQLState());
	}

	private static void retryLater(MigrationStep step, int attempt) {
		logger.warn("Migration {} could not take a table lock within ddl-lock-timeout (attempt {}); retrying", step,
				attempt + 1);
		try {
			Thread.sleep(Math.min(100L << attempt, 5_000L));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new RetryInterruptedException(step.version(), ex);
		}
	}

	private static long elapsedMs(long start) {
		return (System.nanoTime() - start) / 1_000_000;
	}

}
