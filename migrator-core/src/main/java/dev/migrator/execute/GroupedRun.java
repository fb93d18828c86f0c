package dev.migrator.execute;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;

import dev.migrator.MigrationStep;
import dev.migrator.history.HistoryTable;
import dev.migrator.source.Direction;
import dev.migrator.sql.SqlScript;
import dev.migrator.sql.SqlStatement;

/**
 * Runs consecutive transactional migrations of one direction in one round trip, each in
 * its own transaction with its history row and log entry, so the server goes from one to
 * the next without waiting for the client. A failure rolls back the migration it hit, and
 * the server skips the rest of the batch.
 */
final class GroupedRun {

	private final StepBookkeeping bookkeeping;

	private final HistoryTable history;

	private final Cancellation cancellation;

	GroupedRun(StepBookkeeping bookkeeping, Cancellation cancellation) {
		this.bookkeeping = bookkeeping;
		this.history = bookkeeping.history();
		this.cancellation = cancellation;
	}

	/**
	 * Returns how many committed: when fewer than all, the caller runs the next one alone,
	 * which retries it, names the statement that fails, or, after a requested stop, reports
	 * it rolled back.
	 */
	int run(Connection connection, List<PlannedStep> steps, List<SqlScript> scripts) throws SQLException {
		try (Statement batch = connection.createStatement()) {
			batch.setEscapeProcessing(false);
			for (int i = 0; i < steps.size(); i++) {
				MigrationStep step = steps.get(i).describe();
				batch.addBatch("BEGIN");
				for (SqlStatement statement : scripts.get(i).statements()) {
					batch.addBatch(statement.sql());
				}
				batch.addBatch(this.bookkeeping.record(steps.get(i)));
				batch.addBatch(this.bookkeeping.logAtEndOfTransaction(step));
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

}
