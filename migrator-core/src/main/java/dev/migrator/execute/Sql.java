package dev.migrator.execute;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** Runs one of the engine's own statements. */
final class Sql {

	private Sql() {
	}

	static void execute(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

}
