package dev.migrator.verify;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.postgresql.ds.PGSimpleDataSource;

import dev.migrator.DatabaseException;
import dev.migrator.MigratorException;
import dev.migrator.ScratchDatabaseException;

/**
 * A throw-away database for verify, so it never touches a real one: a new database on a
 * given server or, with no server given, on an embedded PostgreSQL started for the
 * occasion; dropped at close.
 */
public final class ScratchDatabase implements AutoCloseable {

	private final PGSimpleDataSource server;

	private final String name;

	private final ReusedConnections dataSource;

	private final AutoCloseable stop;

	private ScratchDatabase(PGSimpleDataSource server, AutoCloseable stop) {
		this.server = server;
		this.name = "migrator_verify_" + UUID.randomUUID().toString().replace("-", "");
		this.stop = stop;
		this.dataSource = new ReusedConnections();
		this.dataSource.setUrl(server.getUrl());
		this.dataSource.setUser(server.getUser());
		this.dataSource.setPassword(server.getPassword());
		this.dataSource.setDatabaseName(this.name);
		create();
	}

	/** Starts an embedded PostgreSQL, stopped again at close. */
	public static ScratchDatabase embedded() {
		try {
			EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
			PGSimpleDataSource server = new PGSimpleDataSource();
			server.setUrl(postgres.getJdbcUrl("postgres", "postgres"));
			try {
				return new ScratchDatabase(server, postgres);
			}
			catch (MigratorException ex) {
				postgres.close();
				throw ex;
			}
		}
		catch (IOException ex) {
			throw new ScratchDatabaseException(ex);
		}
	}

	/** Creates the database on the server of {@code url}. */
	public static ScratchDatabase on(String url, String user, String password) {
		PGSimpleDataSource server = new PGSimpleDataSource();
		server.setUrl(url);
		server.setUser(user);
		server.setPassword(password);
		return new ScratchDatabase(server, () -> {
		});
	}

	/**
	 * On the server of {@code url} (a development server, same user and password), or on an
	 * embedded PostgreSQL when {@code url} is {@code null}: the choice every command with a
	 * {@code --dev-url} makes.
	 */
	public static ScratchDatabase onOrEmbedded(String url, String user, String password) {
		return (url != null) ? on(url, user, password) : embedded();
	}

	/** Another scratch database on the same server; close it before this one, which stops the server. */
	public ScratchDatabase another() {
		return new ScratchDatabase(this.server, () -> {
		});
	}

	public DataSource dataSource() {
		return this.dataSource;
	}

	/** Drops the database and creates it again, empty; connections to it are ended. */
	void recreate() throws SQLException {
		this.dataSource.closeIdle();
		drop();
		create();
	}

	@Override
	public void close() throws Exception {
		try {
			this.dataSource.closeIdle();
			drop();
		}
		finally {
			this.stop.close();
		}
	}

	private void create() {
		execute("CREATE DATABASE " + this.name);
		// its commits need not wait for the disk: the database is thrown away
		execute("ALTER DATABASE " + this.name + " SET synchronous_commit = off");
	}

	private void drop() {
		execute("DROP DATABASE IF EXISTS " + this.name + " WITH (FORCE)");
	}

	private void execute(String sql) {
		try (Connection connection = this.server.getConnection(); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new DatabaseException("Could not prepare a scratch database for verify (" + sql + ")", ex);
		}
	}

}
