package dev.migrator.execute;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** Runs the engine's own statements. */
final class Sql {

	private Sql() {
	}

	static void execute(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	/** Ends the transaction before autocommit is restored, which would commit it. */
	static void rollback(Connection connection, Throwable error) {
		try {
			connection.rollback();
		}
		catch (SQLException ex) {
			error.addSuppressed(ex);
		}
	}

	/** Runs work in one transaction, committed when it returns, rolled back when it throws. */
	static <T> T inTransaction(Connection connection, Work<T> work) throws SQLException {
		connection.setAutoCommit(false);
		try {
			T result = work.run();
			connection.commit();
			return result;
		}
		catch (SQLException | RuntimeException ex) {
			connection.rollback();
			throw ex;
		}
		finally {
			connection.setAutoCommit(true);
		}
	}

	@FunctionalInterface
	interface Work<T> {

		T run() throws SQLException;

	}

}
