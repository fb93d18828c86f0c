package dev.migrator.execute;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.migrator.MigrationFailedException;
import dev.migrator.MigrationStep;
import dev.migrator.MigratorException;
import dev.migrator.history.HistoryLog;
import dev.migrator.history.HistoryLog.LogEntry;
import dev.migrator.history.HistoryTable;
import dev.migrator.source.Direction;
import dev.migrator.source.Migration;
import dev.migrator.source.MigrationScript;
import dev.migrator.sql.SqlScript;
import dev.migrator.sql.SqlStatement;
import dev.migrator.sql.TransactionRules;

/**
 * Runs one migration in one direction on a connection and records it. A transactional
 * migration and its history row commit together or not at all. A non-transactional one is
 * marked dirty first and records its progress after each statement: statements that may run
 * in a transaction commit together with their progress, so the recorded progress is exact
 * for all but the statements PostgreSQL runs only outside one.
 */
public final class MigrationExecutor {

	private static final Logger logger = LoggerFactory.getLogger(MigrationExecutor.class);

	private static final String LOCK_NOT_AVAILABLE = "55P03";

	private final HistoryTable history;

	private final HistoryLog log;

	private final int ddlLockRetries;

	public MigrationExecutor(HistoryTable history, HistoryLog log, int ddlLockRetries) {
		this.history = history;
		this.log = log;
		this.ddlLockRetries = ddlLockRetries;
	}

	/** Applies a migration from its first statement, or, resuming, from statement {@code resumeFrom} (0-based). */
	public void apply(Connection connection, Migration migration, SqlScript script, int resumeFrom)
			throws SQLException {
		MigrationStep step = step(migration, Direction.UP);
		if (script.noTransaction()) {
			runOutsideTransaction(connection, step, migration, script, resumeFrom);
		}
		else {
			runInTransaction(connection, step, migration, script);
		}
	}

	public void revert(Connection connection, Migration migration, SqlScript script) throws SQLException {
		MigrationStep step = step(migration, Direction.DOWN);
		if (script.noTransaction()) {
			runOutsideTransaction(connection, step, migration, script, 0);
		}
		else {
			runInTransaction(connection, step, migration, script);
		}
	}

	private void runInTransaction(Connection connection, MigrationStep step, Migration migration, SqlScript script)
			throws SQLException {
		Instant started = Instant.now();
		long start = System.nanoTime();
		connection.setAutoCommit(false);
		for (int attempt = 0;; attempt++) {
			SqlStatement current = null;
			try {
				for (SqlStatement statement : script.statements()) {
					current = statement;
					StatementRunner.run(connection, statement);
				}
				long executionMs = elapsedMs(start);
				record(connection, step, migration, executionMs);
				this.log.append(connection, entry(step, null, started, executionMs));
				connection.commit();
				return;
			}
			catch (SQLException ex) {
				connection.rollback();
				if (isLockTimeout(ex) && attempt < this.ddlLockRetries) {
					logger.warn("Migration {} could not take a table lock in time (attempt {} of {}); retrying",
							step, attempt + 1, this.ddlLockRetries + 1);
					backOff(attempt);
					continue;
				}
				String outcome = "Its transaction was rolled back: the database is unchanged and clean, at the version it"
						+ " had before this migration. Fix the file and run again.";
				throw failure(connection, step, current, ex, outcome, started, start);
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
		List<SqlStatement> statements = script.statements();
		connection.setAutoCommit(true);
		if (step.direction() == Direction.UP && resumeFrom == 0) {
			this.history.insert(connection, version, migration.description(), migration.up().checksum(),
					downChecksum(migration), true, null, 0);
		}
		else if (step.direction() == Direction.DOWN) {
			this.history.markDirty(connection, version, null);
		}
		for (int i = resumeFrom; i < statements.size(); i++) {
			SqlStatement statement = statements.get(i);
			try {
				runTracked(connection, step, statement, i + 1);
			}
			catch (SQLException ex) {
				String outcome = "The migration is not transactional, so the database is left dirty at version "
						+ version + " with " + i + " of " + statements.size() + " statements done. Fix the cause,"
						+ " then run `up --resume` to continue from statement " + (i + 1)
						+ ", or repair the schema by hand and run `force " + version + "`.";
				if (step.direction() == Direction.DOWN) {
					outcome = "The down is not transactional, so the database is left dirty at version " + version
							+ " with " + i + " of " + statements.size() + " statements of the down done. Finish or undo"
							+ " them by hand, then run `force` with the version the schema is at.";
				}
				throw failure(connection, step, statement, ex, outcome, started, start);
			}
		}
		long executionMs = elapsedMs(start);
		if (step.direction() == Direction.UP) {
			this.history.markClean(connection, version, executionMs);
		}
		else {
			this.history.delete(connection, version);
		}
		this.log.append(connection, entry(step, null, started, executionMs));
	}

	/** Runs a statement of a non-transactional migration and records that it is done. */
	private void runTracked(Connection connection, MigrationStep step, SqlStatement statement, int done)
			throws SQLException {
		boolean alone = TransactionRules.refusedInTransaction(statement);
		for (int attempt = 0;; attempt++) {
			try {
				if (alone) {
					StatementRunner.run(connection, statement);
					recordProgress(connection, step, done);
					return;
				}
				connection.setAutoCommit(false);
				StatementRunner.run(connection, statement);
				recordProgress(connection, step, done);
				connection.commit();
				return;
			}
			catch (SQLException ex) {
				if (!connection.getAutoCommit()) {
					connection.rollback();
				}
				if (!isLockTimeout(ex) || attempt >= this.ddlLockRetries) {
					throw ex;
				}
				logger.warn("A statement of migration {} could not take a table lock in time (attempt {} of {});"
						+ " retrying", step, attempt + 1, this.ddlLockRetries + 1);
				backOff(attempt);
			}
			finally {
				connection.setAutoCommit(true);
			}
		}
	}

	private void recordProgress(Connection connection, MigrationStep step, int done) throws SQLException {
		if (step.direction() == Direction.UP) {
			this.history.updateProgress(connection, step.version(), done);
		}
	}

	private void record(Connection connection, MigrationStep step, Migration migration, long executionMs)
			throws SQLException {
		if (step.direction() == Direction.UP) {
			this.history.insert(connection, migration.version(), migration.description(), migration.up().checksum(),
					downChecksum(migration), false, executionMs, null);
		}
		else {
			this.history.delete(connection, migration.version());
		}
	}

	private MigratorException failure(Connection connection, MigrationStep step, SqlStatement statement,
			SQLException error, String outcome, Instant started, long start) {
		FailurePosition position = (statement != null) ? FailurePosition.of(statement, error)
				: new FailurePosition(1, 1, String.valueOf(error.getSQLState()), error.getMessage());
		MigrationFailedException failure = new MigrationFailedException(step, step.script(), position.line(),
				position.column(), position.sqlState(), position.message(), outcome, error);
		try {
			this.log.append(connection, entry(step, failure.getMessage(), started, elapsedMs(start)));
		}
		catch (SQLException logError) {
			failure.addSuppressed(logError);
		}
		return failure;
	}

	private static MigrationStep step(Migration migration, Direction direction) {
		MigrationScript script = (direction == Direction.UP) ? migration.up() : migration.down();
		return new MigrationStep(migration.version(), migration.description(), direction, script.location());
	}

	private static String downChecksum(Migration migration) {
		return (migration.down() != null) ? migration.down().checksum() : null;
	}

	private static LogEntry entry(MigrationStep step, String error, Instant started, long executionMs) {
		return new LogEntry(step.direction().name().toLowerCase(), step.version(), step.description(), error, started,
				executionMs);
	}

	private static boolean isLockTimeout(SQLException ex) {
		return LOCK_NOT_AVAILABLE.equals(ex.getSQLState());
	}

	private static void backOff(int attempt) {
		try {
			Thread.sleep(Math.min(100L << attempt, 5_000L));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new MigratorException("Interrupted while waiting to retry a migration", ex);
		}
	}

	private static long elapsedMs(long start) {
		return (System.nanoTime() - start) / 1_000_000;
	}

}
