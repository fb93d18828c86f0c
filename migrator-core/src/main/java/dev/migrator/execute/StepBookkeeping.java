package dev.migrator.execute;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

import dev.migrator.MigrationFailedException;
import dev.migrator.MigrationStep;
import dev.migrator.MigrationStoppedException;
import dev.migrator.MigratorException;
import dev.migrator.history.HistoryLog;
import dev.migrator.history.HistoryLog.LogEntry;
import dev.migrator.history.HistoryTable;
import dev.migrator.source.Direction;
import dev.migrator.source.Migration;

/**
 * What a step writes about itself: its history row and its log entry, and on a failure,
 * an interrupt or an error that is not the SQL's, the exception that reports it, logged.
 */
final class StepBookkeeping {

	private final HistoryTable history;

	private final HistoryLog log;

	StepBookkeeping(HistoryTable history, HistoryLog log) {
		this.history = history;
		this.log = log;
	}

	HistoryTable history() {
		return this.history;
	}

	/** The history row of a transactional step, written as the last work of its transaction. */
	String record(PlannedStep step) {
		Migration migration = step.migration();
		if (step.direction() == Direction.UP) {
			return this.history.insertAtEndOfTransaction(migration.version(), migration.description(),
					migration.up().checksum(), downChecksum(migration));
		}
		return this.history.delete(migration.version());
	}

	/** The log entry of a transactional step that succeeded, written as the last work of its transaction. */
	String logAtEndOfTransaction(MigrationStep step) {
		return this.log.appendAtEndOfTransaction(action(step), step.version(), step.description());
	}

	/** Logs a non-transactional step that succeeded. */
	void logDone(Connection connection, MigrationStep step, StepClock clock, long executionMs) throws SQLException {
		Sql.execute(connection, this.log.append(entry(step, null, clock, executionMs)));
	}

	MigratorException failure(Connection connection, MigrationStep step, StatementPipeline.StatementFailure failed,
			String outcome, boolean leftDirty, StepClock clock) {
		SQLException error = failed.error();
		FailurePosition position = (failed.statement() != null) ? FailurePosition.of(failed.statement(), error)
				: new FailurePosition(1, 1, String.valueOf(error.getSQLState()), error.getMessage());
		MigrationFailedException failure = new MigrationFailedException(step, step.script(), position.line(),
				position.column(), position.sqlState(), position.message(), outcome, leftDirty, error);
		logFailure(connection, step, failure.getMessage(), failure, clock);
		return failure;
	}

	/**
	 * An error that is not the SQL's, once the migration's transaction is rolled back: a
	 * Migrator error or a requested stop as it is, anything else (out of memory, a bug) with
	 * the state the database is in.
	 */
	RuntimeException stopped(Connection connection, MigrationStep step, Throwable error, String outcome,
			StepClock clock) {
		if (error instanceof MigratorException || error instanceof Cancellation.Interrupted) {
			return (RuntimeException) error;
		}
		MigrationStoppedException stopped = new MigrationStoppedException(step, outcome, error);
		logFailure(connection, step, stopped.getMessage(), stopped, clock);
		return stopped;
	}

	/** Ends the run on a requested stop, with a log entry that says so. */
	Cancellation.Interrupted interrupted(Connection connection, MigrationStep step, String what, StepClock clock) {
		Cancellation.Interrupted interrupted = new Cancellation.Interrupted(describe(step) + " " + what);
		logFailure(connection, step, "interrupted: " + interrupted.getMessage(), interrupted, clock);
		return interrupted;
	}

	private void logFailure(Connection connection, MigrationStep step, String error, RuntimeException reported,
			StepClock clock) {
		try {
			Sql.execute(connection, this.log.append(entry(step, error, clock, clock.elapsedMs())));
		}
		catch (SQLException logError) {
			reported.addSuppressed(logError);
		}
	}

	/** "migration 5 (add_index, up)", as failures name a migration. */
	static String describe(MigrationStep step) {
		return "migration " + step.version() + " (" + step.description() + ", " + action(step) + ")";
	}

	static String downChecksum(Migration migration) {
		return (migration.down() != null) ? migration.down().checksum() : null;
	}

	private static LogEntry entry(MigrationStep step, String error, StepClock clock, long executionMs) {
		return new LogEntry(action(step), step.version(), step.description(), error, clock.started(), executionMs);
	}

	/** The log's name for what the step does: {@code up} or {@code down}. */
	private static String action(MigrationStep step) {
		return step.direction().name().toLowerCase(Locale.ROOT);
	}

}
