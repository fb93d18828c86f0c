package dev.migrator.execute;

import java.io.IOException;
import java.io.Reader;
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.postgresql.PGConnection;

import dev.migrator.sql.SqlStatement;

/**
 * Sends statements as written (no JDBC escape processing), several per network round trip:
 * statements that return no rows are queued in a JDBC batch, which the driver pipelines,
 * and the queue is flushed before a statement that returns rows or streams {@code COPY}
 * data, and whenever it reaches {@link #MAX_QUEUED} statements or
 * {@link #MAX_QUEUED_CHARACTERS}, so that a large file is never held whole. The driver
 * cannot say which statement of a batch failed, so a batch failure is reported with where
 * its batch began, and the caller replays the work unbatched from there to name the
 * statement.
 * <p>
 * The statements of a migration may be cancelled from another thread (see
 * {@link Cancellation}); a stop requested before one is sent fails it as the server would
 * have, so one path handles both.
 */
final class StatementPipeline implements AutoCloseable {

	static final int MAX_QUEUED = 1000;

	static final int MAX_QUEUED_CHARACTERS = 1 << 20;

	private final Connection connection;

	private final Statement batch;

	private final int batchUntil;

	private final Cancellation cancellation;

	private int queued;

	private long queuedCharacters;

	/** The statements given to {@link #add}; those before {@link #done} have run. */
	private int added;

	private int done;

	/**
	 * @param batchUntil how many statements, from the first, may be batched: all
	 * ({@link Integer#MAX_VALUE}), none, or those before a batch that failed
	 */
	StatementPipeline(Connection connection, int batchUntil, Cancellation cancellation) throws SQLException {
		this.connection = connection;
		this.batchUntil = batchUntil;
		this.cancellation = cancellation;
		this.batch = connection.createStatement();
		this.batch.setEscapeProcessing(false);
	}

	/**
	 * Runs or queues a statement; {@code copyData} streams the inline data of a
	 * {@code COPY … FROM STDIN}.
	 */
	void add(SqlStatement statement, Reader copyData) throws StatementFailure {
		boolean batching = this.added < this.batchUntil;
		this.added++;
		if (batching && copyData == null && !statement.facts().returnsRows()) {
			if (this.cancellation.requested()) {
				throw cancelled(statement);
			}
			queue(statement.sql(), statement);
			return;
		}
		flush();
		if (!this.cancellation.beforeStatement(this.connection)) {
			throw cancelled(statement);
		}
		try {
			if (copyData != null) {
				copyIn(statement, copyData);
			}
			else {
				this.batch.execute(statement.sql());
			}
		}
		catch (SQLException ex) {
			throw new StatementFailure(statement, ex);
		}
		finally {
			this.cancellation.afterStatement();
		}
		this.done = this.added;
	}

	/** Queues one of the engine's own statements (history, log). */
	void addBookkeeping(String sql) throws StatementFailure {
		if (this.added < this.batchUntil) {
			queue(sql, null);
			return;
		}
		try {
			this.batch.execute(sql);
		}
		catch (SQLException ex) {
			throw new StatementFailure(null, ex);
		}
	}

	void flush() throws StatementFailure {
		if (this.queued == 0) {
			return;
		}
		if (!this.cancellation.beforeStatement(this.connection)) {
			this.queued = 0;
			this.queuedCharacters = 0;
			clearBatch();
			throw cancelled(null);
		}
		try {
			this.batch.executeBatch();
		}
		catch (BatchUpdateException ex) {
			throw new StatementFailure(serverError(ex), this.done);
		}
		catch (SQLException ex) {
			throw new StatementFailure(ex, this.done);
		}
		finally {
			this.cancellation.afterStatement();
			this.queued = 0;
			this.queuedCharacters = 0;
			clearBatch();
		}
		this.done = this.added;
	}

	/** The failure the server reports for a cancelled statement, for one not sent because a stop was requested. */
	static StatementFailure cancelled(SqlStatement statement) {
		return new StatementFailure(statement,
				new SQLException("canceling statement due to user request", Cancellation.QUERY_CANCELED));
	}

	private void queue(String sql, SqlStatement statement) throws StatementFailure {
		try {
			this.batch.addBatch(sql);
		}
		catch (SQLException ex) {
			throw new StatementFailure(statement, ex);
		}
		this.queued++;
		this.queuedCharacters += sql.length();
		if (this.queued >= MAX_QUEUED || this.queuedCharacters >= MAX_QUEUED_CHARACTERS) {
			flush();
		}
	}

	private static SQLException serverError(BatchUpdateException ex) {
		SQLException next = ex.getNextException();
		return (next != null) ? next : ex;
	}

	private void clearBatch() {
		try {
			this.batch.clearBatch();
		}
		catch (SQLException ex) {
			// the statement is closed with the pipeline; nothing is left queued
		}
	}

	private void copyIn(SqlStatement statement, Reader data) throws SQLException {
		try {
			this.connection.unwrap(PGConnection.class).getCopyAPI().copyIn(statement.sql(), data);
		}
		catch (IOException ex) {
			throw new SQLException("Could not stream COPY data", ex);
		}
	}

	@Override
	public void close() throws SQLException {
		this.batch.close();
	}

	/**
	 * A statement failed; {@code statement} is {@code null} when it was the engine's own or
	 * when it failed inside a batch.
	 */
	static final class StatementFailure extends Exception {

		private final transient SqlStatement statement;

		private final SQLException error;

		private final int batchStart;

		StatementFailure(SqlStatement statement, SQLException error) {
			this(statement, error, -1);
		}

		/** A batch failed; {@code batchStart} statements before it had run. */
		StatementFailure(SQLException error, int batchStart) {
			this(null, error, batchStart);
		}

		private StatementFailure(SqlStatement statement, SQLException error, int batchStart) {
			super(error);
			this.statement = statement;
			this.error = error;
			this.batchStart = batchStart;
		}

		boolean inBatch() {
			return this.batchStart >= 0;
		}

		/** For a batch failure, how many statements before the batch had run. */
		int batchStart() {
			return this.batchStart;
		}

		SqlStatement statement() {
			return this.statement;
		}

		SQLException error() {
			return this.error;
		}

	}

}
