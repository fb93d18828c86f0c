package dev.migrator;

import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

import dev.migrator.lock.LockHolder;
import dev.migrator.test.EmbeddedDatabaseTest;
import dev.migrator.test.MigrationFolder;
import dev.migrator.test.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lock's holder and the log name the application that migrates, whether Migrator opens
 * its connections or borrows them from the application's pool.
 */
@EmbeddedDatabaseTest
class SessionNameTests {

	@TempDir
	Path directory;

	@Test
	void theLockHolderAndTheLogNameTheApplicationOnABorrowedConnectionThatGetsItsNameBack(TestDatabase db)
			throws SQLException {
		try (Connection pooled = db.connect()) {
			List<String> holders = new ArrayList<>();
			MigratorConfig config = config(db).dataSource(singleConnection(pooled))
				.applicationName("orders-service")
				.listener(holderRecorder(db, holders))
				.build();
			new Migrator(config).migrate();
			String expected = "orders-service (migrator) on ";
			assertThat(config.sessionName()).startsWith(expected)
				.endsWith(" pid " + ProcessHandle.current().pid());
			assertThat(holders).containsExactly(config.sessionName());
			assertThat(db.queryColumn("SELECT DISTINCT application_name FROM schema_migrations_log"))
				.containsExactly(config.sessionName());
			assertThat(applicationName(pooled)).isEqualTo("PostgreSQL JDBC Driver");
		}
	}

	@Test
	void aUrlDataSourceIsNamedAfterTheApplication(TestDatabase db) {
		MigratorConfig config = config(db).url(db.url(), db.user(), db.password())
			.applicationName("billing")
			.build();
		new Migrator(config).migrate();
		assertThat(db.queryColumn("SELECT DISTINCT application_name FROM schema_migrations_log"))
			.containsExactly(config.sessionName());
		assertThat(config.sessionName()).startsWith("billing (migrator) on ");
	}

	@Test
	void anApplicationNameInTheUrlIsKept(TestDatabase db) {
		MigratorConfig config = config(db).url(db.url() + "?ApplicationName=deploy-job", db.user(), db.password())
			.applicationName("billing")
			.build();
		new Migrator(config).migrate();
		assertThat(db.queryColumn("SELECT DISTINCT application_name FROM schema_migrations_log"))
			.containsExactly("deploy-job");
	}

	@Test
	void withoutAnApplicationNameTheSessionsAreMigrators(TestDatabase db) {
		MigratorConfig config = config(db).dataSource(db.dataSource()).build();
		new Migrator(config).migrate();
		assertThat(db.queryColumn("SELECT DISTINCT application_name FROM schema_migrations_log"))
			.singleElement()
			.asString()
			.startsWith("migrator on ");
	}

	private MigratorConfig.Builder config(TestDatabase db) {
		MigrationFolder folder = new MigrationFolder(this.directory).up("000001_create_a", "CREATE TABLE a (id int);")
			.up("000002_create_b", "CREATE TABLE b (id int);");
		return MigratorConfig.builder().locations(folder.location());
	}

	/** Asks, as another session would, who holds the lock while each migration runs. */
	private static MigrationListener holderRecorder(TestDatabase db, List<String> holders) {
		Migrator observer = new Migrator(MigratorConfig.builder().dataSource(db.dataSource()).build());
		return new MigrationListener() {

			@Override
			public void beforeMigration(int index, int count, MigrationStep step) {
				if (index == 1) {
					holders.add(observer.lockHolder().map(LockHolder::applicationName).orElse(null));
				}
			}

		};
	}

	/** A pool of one: every borrow hands out the same session, and giving it back keeps it open. */
	private static DataSource singleConnection(Connection connection) {
		Connection borrowed = (Connection) Proxy.newProxyInstance(SessionNameTests.class.getClassLoader(),
				new Class<?>[] { Connection.class }, (proxy, method, args) -> method.getName().equals("close") ? null
						: method.invoke(connection, args));
		return new PGSimpleDataSource() {

			@Override
			public Connection getConnection() {
				return borrowed;
			}

		};
	}

	private static String applicationName(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("SHOW application_name")) {
			result.next();
			return result.getString(1);
		}
	}

}
