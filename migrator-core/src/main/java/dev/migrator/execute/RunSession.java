package dev.migrator.execute;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * The session settings of one run, restored at its end so a pooled connection goes back as
 * it came.
 * <p>
 * Commits during the run are asynchronous ({@code synchronous_commit = off}): each
 * migration still commits atomically with its history row, and WAL order means a crash can
 * only lose a suffix of the run, never leave a migration half-recorded. Durability is owed
 * when the run reports, so closing the session makes one synchronous commit, which waits
 * for the WAL to be flushed up to it and therefore for every commit before it.
 */
final class RunSession implements AutoCloseable {

	private final Connection connection;

	private final String originalSynchronousCommit;

	private final boolean lockTimeoutSet;

	private RunSession(Connection connection, String originalSynchronousCommit, boolean lockTimeoutSet) {
		this.connection = connection;
		this.originalSynchronousCommit = originalSynchronousCommit;
		this.lockTimeoutSet = lockTimeoutSet;
	}

	/**
	 * @param ddlLockTimeout PostgreSQL {@code lock_timeout} for the run's statements, or
	 * {@code null} to keep the server's
	 */
	public static RunSession start(Connection connection, Duration ddlLockTimeout) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			String synchronousCommit;
			try (ResultSet result = statement.executeQuery("SHOW synchronous_commit")) {
				result.next();
				synchronousCommit = result.getString(1);
			}
			statement.execute("SET synchronous_commit = off");
			if (ddlLockTimeout != null) {
				statement.execute("SET lock_timeout = " + ddlLockTimeout.toMillis());
			}
			return new RunSession(connection, synchronousCommit, ddlLockTimeout != null);
		}
	}

	@Override
	public void close() throws SQLException {
		try (Statement statement = this.connection.createStatement()) {
			if (this.lockTimeoutSet) {
				statement.execute("RESET lock_timeout");
			}
			statement.execute("SELECT pg_catalog.set_config('synchronous_commit', "
					+ quote(this.originalSynchronousCommit) + ", false)");
			// A transaction with an id writes a commit record; committing it synchronously
			// flushes the WAL up to it, and so every asynchronous commit of the run.
			statement.execute("SELECT pg_catalog.txid_current()");
		}
	}

	private static String quote(String literal) {
		return "'" + literal.replace("'", "''") + "'";
	}

}
