package dev.migrator.benchmarks;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * One embedded PostgreSQL for the whole run, with durability back on: the library turns
 * {@code fsync}, {@code synchronous_commit} and {@code full_page_writes} off for tests,
 * which would hide exactly the per-commit cost that separates the tools.
 */
final class PostgresServer implements AutoCloseable {

	private final EmbeddedPostgres postgres;

	private int databaseCounter;

	private PostgresServer(EmbeddedPostgres postgres) {
		this.postgres = postgres;
	}

	static PostgresServer start() throws IOException {
		return new PostgresServer(EmbeddedPostgres.builder()
			.setServerConfig("fsync", "on")
			.setServerConfig("synchronous_commit", "on")
			.setServerConfig("full_page_writes", "on")
			.start());
	}

	/** A new empty database (untimed setup for one contender in one round). */
	Database createDatabase() throws SQLException {
		String name = "bench_" + (++this.databaseCounter);
		execute("CREATE DATABASE " + name);
		return new Database(name, "jdbc:postgresql://localhost:" + this.postgres.getPort() + "/" + name
				+ "?user=postgres&password=postgres");
	}

	void drop(Database database) throws SQLException {
		execute("DROP DATABASE " + database.name());
	}

	/** Flushes dirty pages now, so no run pays for the previous run's writes. */
	void checkpoint() throws SQLException {
		execute("CHECKPOINT");
	}

	/** The settings that decide what a commit costs, as the server reports them. */
	String describe() throws SQLException {
		try (Connection connection = this.postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement();
				var result = statement.executeQuery("SELECT current_setting('server_version'),"
						+ " current_setting('fsync'), current_setting('synchronous_commit'),"
						+ " current_setting('full_page_writes'), current_setting('shared_buffers')")) {
			result.next();
			return "PostgreSQL " + result.getString(1) + " (fsync=" + result.getString(2) + ", synchronous_commit="
					+ result.getString(3) + ", full_page_writes=" + result.getString(4) + ", shared_buffers="
					+ result.getString(5) + ")";
		}
	}

	private void execute(String sql) throws SQLException {
		try (Connection connection = this.postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	@Override
	public void close() throws IOException {
		this.postgres.close();
	}

}
