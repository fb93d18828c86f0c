package dev.migrator.execute;

import java.sql.Connection;
import java.sql.SQLException;

import dev.migrator.MigrationStep;
import dev.migrator.sql.SqlScript;

/**
 * Runs a transactional migration alone: its statements, its history row and its log entry
 * commit together or not at all, sent in as few round trips as the statements allow. A
 * failure inside a batch is replayed one statement at a time to name the statement that
 * fails.
 */
final class TransactionalRun {

	private static final String ROLLED_BACK = "Its transaction was rolled back: the database is unchanged and"
			+ " clean, at the version it had before this migration.";

	private final StepBookkeeping bookkeeping;

	private final LockTimeoutRetry retry;

	private final Cancellation cancellation;

	TransactionalRun(StepBookkeeping bookkeeping, LockTimeoutRetry retry, Cancellation cancellation) {
		this.bookkeeping = bookkeeping;
		this.retry = retry;
		this.cancellation = cancellation;
	}

	void run(Connection connection, PlannedStep planned, SqlScript script) throws SQLException {
		MigrationStep step = planned.describe();
		StepClock clock = StepClock.start();
		int batchUntil = Integer.MAX_VALUE;
		for (int attempt = 0;; attempt++) {
			connection.setAutoCommit(false);
			try (StatementPipeline pipeline = new StatementPipeline(connection, batchUntil, this.cancellation);
					ScriptStatements statements = ScriptStatements.of(script, planned.script())) {
				while (statements.next()) {
					pipeline.add(statements.statement(), statements.copyData());
				}
				pipeline.addBookkeeping(this.bookkeeping.record(planned));
				pipeline.addBookkeeping(this.bookkeeping.logAtEndOfTransaction(step));
				pipeline.flush();
				connection.commit();
				return;
			}
			catch (StatementPipeline.StatementFailure ex) {
				connection.rollback();
				if (this.cancellation.caused(ex.error())) {
					throw this.bookkeeping.interrupted(connection, step, "rolled back", clock);
				}
				if (ex.inBatch()) {
					// replay the failed batch one statement at a time to learn which statement fails
					batchUntil = ex.batchStart();
					attempt--;
					continue;
				}
				if (this.retry.again(step, ex.error(), attempt)) {
					continue;
				}
				throw this.bookkeeping.failure(connection, step, ex, ROLLED_BACK + " Fix the file and run again (`up`,"
						+ " or restart the application).", false, clock);
			}
			catch (RuntimeException | Error ex) {
				Sql.rollback(connection, ex);
				throw this.bookkeeping.stopped(connection, step, ex, ROLLED_BACK, clock);
			}
			finally {
				connection.setAutoCommit(true);
			}
		}
	}

}
