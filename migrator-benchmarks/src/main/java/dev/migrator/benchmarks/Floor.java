package dev.migrator.benchmarks;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import javax.sql.DataSource;

/**
 * What no tool can go below: the same statements over one connection, one transaction
 * per migration, with no files, no history and no lock.
 */
final class Floor {

	static final String LABEL = "floor";

	private Floor() {
	}

	static void apply(DataSource dataSource, List<List<String>> migrations) throws SQLException {
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			connection.setAutoCommit(false);
			for (List<String> migration : migrations) {
				for (String sql : migration) {
					statement.execute(sql);
				}
				connection.commit();
			}
		}
	}

	/** The floor of a no-op run: connect and ask the database one question. */
	static void touch(DataSource dataSource) throws SQLException {
		try (Connection connection = dataSource.getConnection();
				Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("SELECT 1")) {
			result.next();
		}
	}

}
