package dev.migrator.execute;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import dev.migrator.history.History;
import dev.migrator.sql.SqlScript;

/**
 * Runs migrations on a connection and records them: one alone, transactional or not, or
 * several transactional ones together in one round trip.
 */
final class MigrationExecutor {

	private final TransactionalRun transactional;

	private final NonTransactionalRun nonTransactional;

	private final GroupedRun grouped;

	public MigrationExecutor(History history, int ddlLockRetries, Cancellation cancellation) {
		StepBookkeeping bookkeeping = new StepBookkeeping(history.table(), history.log());
		LockTimeoutRetry retry = new LockTimeoutRetry(ddlLockRetries);
		this.transactional = new TransactionalRun(bookkeeping, retry, cancellation);
		this.nonTransactional = new NonTransactionalRun(bookkeeping, retry, cancellation);
		this.grouped = new GroupedRun(bookkeeping, cancellation);
	}

	/** Runs one step alone. */
	public void runAlone(Connection connection, PlannedStep step, SqlScript script) throws SQLException {
		if (script.noTransaction()) {
			this.nonTransactional.run(connection, step, script);
		}
		else {
			this.transactional.run(connection, step, script);
		}
	}

	/** Runs transactional steps of one direction together; see {@link GroupedRun#run}. */
	public int runTogether(Connection connection, List<PlannedStep> steps, List<SqlScript> scripts)
			throws SQLException {
		return this.grouped.run(connection, steps, scripts);
	}

}
