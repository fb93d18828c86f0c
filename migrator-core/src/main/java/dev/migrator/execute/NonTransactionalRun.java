package dev.migrator.execute;

import java.io.Reader;
import java.sql.Connection;
import java.sql.SQLException;

import dev.migrator.MigrationStep;
import dev.migrator.history.HistoryTable;
import dev.migrator.source.Direction;
import dev.migrator.source.Migration;
import dev.migrator.sql.SqlScript;
import dev.migrator.sql.SqlStatement;

/**
 * Runs a non-transactional migration: marked dirty first, it records its progress after
 * each statement. Statements that may run in a transaction commit together with their
 * progress, so the recorded progress is exact for all but the statements PostgreSQL runs
 * only outside one.
 */
final class NonTransactionalRun {

	private final StepBookkeeping bookkeeping;

	private final HistoryTable history;

	private final LockTimeoutRetry retry;

	private final Cancellation cancellation;

	NonTransactionalRun(StepBookkeeping bookkeeping, LockTimeoutRetry retry, Cancellation cancellation) {
		this.bookkeeping = bookkeeping;
		this.history = bookkeeping.history();
		this.retry = retry;
		this.cancellation = cancellation;
	}

	/** Runs the step, or, resumed, its statements after those its row records as done. */
	void run(Connection connection, PlannedStep planned, SqlScript script) throws SQLException {
		MigrationStep step = planned.describe();
		Migration migration = planned.migration();
		StepClock clock = StepClock.start();
		long version = migration.version();
		int total = script.statementCount();
		if (step.direction() == Direction.UP && !planned.resumed()) {
			Sql.execute(connection, this.history.insert(version, migration.description(), migration.up().checksum(),
					StepBookkeeping.downChecksum(migration), true, 0));
		}
		else if (step.direction() == Direction.DOWN) {
			Sql.execute(connection, this.history.markDirty(version));
		}
		DoneStatements done = new DoneStatements();
		int skip = planned.resumed() ? planned.statementsDone() : 0;
		int finished = skip;
		try (ScriptStatements statements = ScriptStatements.of(script, planned.script())) {
			while (statements.next()) {
				int i = statements.index();
				done.add(statements.statement());
				if (i < skip) {
					continue;
				}
				try {
					runTracked(connection, step, statements.statement(), statements.copyData(), done);
				}
				catch (StatementPipeline.StatementFailure ex) {
					if (this.cancellation.caused(ex.error())) {
						throw this.bookkeeping.interrupted(connection, step,
								"stopped after " + i + " of " + total + " statements", clock);
					}
					throw this.bookkeeping.failure(connection, step, ex, outcome(step, i, total), true, clock);
				}
				finished = i + 1;
			}
		}
		catch (RuntimeException | Error ex) {
			throw this.bookkeeping.stopped(connection, step, ex, outcome(step, finished, total), clock);
		}
		long executionMs = clock.elapsedMs();
		Sql.execute(connection, (step.direction() == Direction.UP)
				? this.history.markClean(version, executionMs, migration.up().checksum(),
						StepBookkeeping.downChecksum(migration))
				: this.history.delete(version));
		this.bookkeeping.logDone(connection, step, clock, executionMs);
	}

	/**
	 * Runs a statement and records that it is done.
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
				// after a requested stop the statement is not tried again: the caller reports where it stopped
				if (this.cancellation.requested() || !this.retry.again(step, ex.error(), attempt)) {
					throw ex;
				}
			}
			catch (RuntimeException | Error ex) {
				if (!alone) {
					Sql.rollback(connection, ex);
				}
				throw ex;
			}
			finally {
				connection.setAutoCommit(true);
			}
		}
	}

	private static String outcome(MigrationStep step, int done, int total) {
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

}
