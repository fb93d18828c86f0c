package dev.migrator.execute;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.postgresql.PGConnection;

import dev.migrator.sql.SqlStatement;

/**
 * Sends one statement to the server as written: no JDBC escape processing, and
 * {@code COPY … FROM STDIN} streamed through the driver's copy API with its inline data.
 */
final class StatementRunner {

	private StatementRunner() {
	}

	static void run(Connection connection, SqlStatement sql) throws SQLException {
		if (sql.copyData() != null) {
			copyIn(connection, sql);
			return;
		}
		try (Statement statement = connection.createStatement()) {
			statement.setEscapeProcessing(false);
			statement.execute(sql.sql());
		}
	}

	private static void copyIn(Connection connection, SqlStatement sql) throws SQLException {
		try {
			String data = sql.copyData().isEmpty() ? "" : sql.copyData() + "\n";
			connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql.sql(), new StringReader(data));
		}
		catch (java.io.IOException ex) {
			throw new SQLException("Could not stream COPY data", ex);
		}
	}

}
