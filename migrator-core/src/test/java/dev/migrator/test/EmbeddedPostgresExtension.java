package dev.migrator.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts one embedded PostgreSQL per test JVM (it runs as root too: the binaries drop to
 * an unprivileged user) and resolves {@link TestDatabase} parameters to a new database
 * each time, so tests never see each other's schema.
 */
public class EmbeddedPostgresExtension implements ParameterResolver {

	private static final AtomicInteger databaseCounter = new AtomicInteger();

	@Override
	public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
		return parameterContext.getParameter().getType() == TestDatabase.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext)
			throws ParameterResolutionException {
		return newDatabase();
	}

	/** A new empty database on the shared server; usable outside JUnit extensions too. */
	public static TestDatabase newDatabase() {
		EmbeddedPostgres server = SharedServer.INSTANCE;
		String name = "test_" + ProcessHandle.current().pid() + "_" + databaseCounter.incrementAndGet();
		try (Connection connection = server.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE DATABASE " + name);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create test database " + name, ex);
		}
		return new TestDatabase(name, server.getPort(), "postgres", "postgres");
	}

	/** Holder idiom: the server starts on first use and stops when the JVM exits. */
	private static final class SharedServer {

		static final EmbeddedPostgres INSTANCE = start();

		private static EmbeddedPostgres start() {
			try {
				EmbeddedPostgres server = EmbeddedPostgres.builder().start();
				Runtime.getRuntime().addShutdownHook(new Thread(() -> {
					try {
						server.close();
					}
					catch (IOException ex) {
						// the JVM is exiting; the temporary data folder is removed by the library
					}
				}));
				return server;
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not start embedded PostgreSQL", ex);
			}
		}

	}

}
