package dev.migrator.execute;

import java.io.IOException;
import java.io.Reader;
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.regex.Pattern;

import org.postgresql.PGConnection;

import dev.migrator.sql.SqlStatement;

/**
 * Sends statements as written (no JDBC escape processing), several per network round trip:
 * statements that return no rows are queued in a JDBC batch, which the driver pipelines,
 * and the queue is flushed before a statement that returns rows or streams {@code COPY}
 * data. The driver cannot say which statement of a batch failed, so a batch failure is
 * reported as such and the caller replays the work unbatched to name the statement.
 * <p>
 * The statements of a migration may be cancelled from another thread (see
 * {@link Cancellation}); a stop requested before one is sent fails it as the server would
 * have, so one path handles both.
 */
final class StatementPipeline implements AutoCloseable {

	private static final Pattern RETURNING = Pattern.compile("(?i)\\breturning\\b");

	private final Connection connection;

	private final Statement batch;

	private int queued;

	private final boolean batching;

	private final Cancellation cancellation;

	StatementPipeline(Connection connection, boolean batching, Cancellation cancellation) throws SQLException {
		this.connection = connection;
		this.batching = batching;
		this.cancellation = cancellation;
		this.batch = connection.createStatement();
		this.batch.setEscapeProcessing(false);
	}

	void add(SqlStatement statement) throws StatementFailure {
		add(statement, null);
	}

	/**
	 * Runs or queues a statement; {@code copyData} streams the inline data of a
	 * {@code COPY … FROM STDIN}.
	 */
	void add(SqlStatement statement, Reader copyData) throws StatementFailure {
		if (this.batching && copyData == null && returnsNoRows(statement)) {
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
			throw new StatementFailure(statement, ex, false);
		}
		finally {
			this.cancellation.afterStatement();
		}
	}

	/** Queues one of the engine's own statements (history, log). */
	void addBookkeeping(String sql) throws StatementFailure {
		if (this.batching) {
			queue(sql, null);
			return;
		}
		try {
			this.batch.execute(sql);
		}
		catch (SQLException ex) {
			throw new StatementFailure(null, ex, false);
		}
	}

	void flush() throws StatementFailure {
		if (this.queued == 0) {
			return;
		}
		if (!this.cancellation.beforeStatement(this.connection)) {
			this.queued = 0;
			clearBatch();
			throw cancelled(null);
		}
		try {
			this.batch.executeBatch();
		}
		catch (BatchUpdateException ex) {
			throw new StatementFailure(null, serverError(ex), true);
		}
		catch (SQLException ex) {
			throw new StatementFailure(null, ex, true);
		}
		finally {
			this.cancellation.afterStatement();
			this.queued = 0;
			clearBatch();
		}
	}

	/** The failure the server reports for a cancelled statement, for one not sent because a stop was requested. */
	static StatementFailure cancelled(SqlStatement statement) {
		return new StatementFailure(statement,
				new SQLException("canceling statement due to user request", Cancellation.QUERY_CANCELED), false);
	}

	private void queue(String sql, SqlStatement statement) throws StatementFailure {
		try {
			this.batch.addBatch(sql);
		}
		catch (SQLException ex) {
			throw new StatementFailure(statement, ex, false);
		}
		this.queued++;
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

	/**
	 * A batch refuses statements that return rows; these are recognised by their first word
	 * ({@code SELECT}, {@code WITH}, {@code CALL} with out-parameters, …) or a
	 * {@code RETURNING} anywhere in the text (a false match only costs a round trip).
	 */
	static boolean returnsNoRows(SqlStatement statement) {
		String first = firstWord(statement.sql());
		return switch (first) {
			case "select", "with", "values", "table", "show", "explain", "fetch", "call", "execute", "copy", "move",
					"begin", "start", "commit", "end", "rollback", "abort", "savepoint", "release", "prepare", "" -> false;
			default -> !RETURNING.matcher(statement.sql()).find();
		};
	}

	private static String firstWord(String sql) {
		int end = 0;
		while (end < sql.length() && Character.isLetter(sql.charAt(end))) {
			end++;
		}
		return sql.substring(0, end).toLowerCase(Locale.ROOT);
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

		private final boolean inBatch;

		StatementFailure(SqlStatement statement, SQLException error, boolean inBatch) {
			super(error);
			this.statement = statement;
			this.error = error;
			this.inBatch = inBatch;
		}

		boolean inBatch() {
			return this.inBatch;
		}

		SqlStatement statement() {
			return this.statement;
		}

		SQLException error() {
			return this.error;
		}

	}

}
