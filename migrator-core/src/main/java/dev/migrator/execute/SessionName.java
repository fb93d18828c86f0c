package dev.migrator.execute;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Names a session Migrator did not open (a pooled connection of the application's
 * {@code DataSource}) for as long as Migrator uses it, so that the lock's holder and the log
 * rows say who it is; the connection goes back to the pool with its own name.
 */
final class SessionName implements AutoCloseable {

	private final Connection connection;

	private final String original;

	private SessionName(Connection connection, String original) {
		this.connection = connection;
		this.original = original;
	}

	public static SessionName apply(Connection connection, String name) throws SQLException {
		// OFFSET 0 keeps the old name read before the new one is set, in one round trip
		try (PreparedStatement statement = connection.prepareStatement("SELECT old.name,"
				+ " pg_catalog.set_config('application_name', ?, false) FROM (SELECT"
				+ " pg_catalog.current_setting('application_name') AS name OFFSET 0) old")) {
			statement.setString(1, name);
			try (ResultSet result = statement.executeQuery()) {
				result.next();
				return new SessionName(connection, result.getString(1));
			}
		}
	}

	/**
	 * Gives the session its name back. A connection that cannot take it is broken, and the
	 * pool drops it; the name alone is no reason to fail what Migrator did on it.
	 */
	@Override
	public void close() {
		try (PreparedStatement statement = this.connection
			.prepareStatement("SELECT pg_catalog.set_config('application_name', ?, false)")) {
			statement.setString(1, this.original);
			statement.execute();
		}
		catch (SQLException brokenConnection) {
			// see above
		}
	}

}
