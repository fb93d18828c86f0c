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
	static void inTransaction(Connection connection, Work work) throws SQLException {
		connection.setAutoCommit(false);
		try {
			work.run();
			connection.commit();
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
	interface Work {

		void run() throws SQLException;

	}

}
