package dev.migrator.verify;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.postgresql.ds.PGSimpleDataSource;

import dev.migrator.MigratorException;

/**
 * A throw-away database for verify, so it never touches a real one: a new database on a
 * given server, dropped at close, or, with no server given, an embedded PostgreSQL started
 * for the occasion.
 */
public final class ScratchDatabase implements AutoCloseable {

	private final PGSimpleDataSource dataSource;

	private final AutoCloseable cleanup;

	private ScratchDatabase(PGSimpleDataSource dataSource, AutoCloseable cleanup) {
		this.dataSource = dataSource;
		this.cleanup = cleanup;
	}

	/** Starts an embedded PostgreSQL and uses its default database. */
	public static ScratchDatabase embedded() {
		try {
			EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
			PGSimpleDataSource dataSource = new PGSimpleDataSource();
			dataSource.setUrl(postgres.getJdbcUrl("postgres", "postgres"));
			return new ScratchDatabase(dataSource, postgres);
		}
		catch (IOException ex) {
			throw new MigratorException("Could not start an embedded PostgreSQL for verify: " + ex.getMessage(), ex);
		}
	}

	/** Creates a new database on the server of {@code url}, dropped again at close. */
	public static ScratchDatabase on(String url, String user, String password) {
		PGSimpleDataSource server = new PGSimpleDataSource();
		server.setUrl(url);
		server.setUser(user);
		server.setPassword(password);
		String name = "migrator_verify_" + UUID.randomUUID().toString().replace("-", "");
		execute(server, "CREATE DATABASE " + name);
		PGSimpleDataSource scratch = new PGSimpleDataSource();
		scratch.setUrl(url);
		scratch.setUser(user);
		scratch.setPassword(password);
		scratch.setDatabaseName(name);
		return new ScratchDatabase(scratch, () -> execute(server, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)"));
	}

	public DataSource dataSource() {
		return this.dataSource;
	}

	@Override
	public void close() throws Exception {
		this.cleanup.close();
	}

	private static void execute(DataSource dataSource, String sql) {
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new MigratorException("Could not prepare a scratch database for verify (" + sql + "): "
					+ ex.getMessage(), ex);
		}
	}

}
