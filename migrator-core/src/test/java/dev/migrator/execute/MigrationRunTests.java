package dev.migrator.execute;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;
import org.postgresql.jdbc.PreferQueryMode;

import dev.migrator.MigrationFailedException;
import dev.migrator.MigrationListener;
import dev.migrator.MigrationStep;
import dev.migrator.Migrator;
import dev.migrator.MigratorConfig;
import dev.migrator.test.EmbeddedDatabaseTest;
import dev.migrator.test.MigrationFolder;
import dev.migrator.test.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@EmbeddedDatabaseTest
class MigrationRunTests {

	@TempDir
	Path directory;

	private final List<String> events = new ArrayList<>();

	@Test
	void migrationsSentTogetherStillCommitEachInItsOwnTransaction(TestDatabase db) {
		MigrationFolder folder = tables(5);
		migrator(db, folder).migrate();
		assertThat(db.queryColumn("SELECT count(DISTINCT xmin::text) FROM schema_migrations")).containsExactly("5");
		assertThat(db.queryColumn("SELECT count(DISTINCT xmin::text) FROM schema_migrations_log")).containsExactly("5");
		assertThat(db.queryColumn("SELECT count(DISTINCT started_at) FROM schema_migrations_log"))
			.containsExactly("5");
		assertThat(this.events).containsExactly("before 1", "before 2", "before 3", "before 4", "before 5", "after 1",
				"after 2", "after 3", "after 4", "after 5");
	}

	@Test
	void aFailureInsideAGroupKeepsWhatCommittedBeforeItAndRunsNothingAfterIt(TestDatabase db) {
		MigrationFolder folder = tables(5).up("000003_create_t3",
				"CREATE TABLE t3 (id bigint PRIMARY KEY);\nINSERT INTO t3 VALUES (1);\nINSERT INTO t3 VALUES (1);");
		assertThatExceptionOfType(MigrationFailedException.class).isThrownBy(() -> migrator(db, folder).migrate())
			.satisfies((ex) -> {
				assertThat(ex.file()).endsWith("000003_create_t3.up.sql");
				assertThat(ex.line()).isEqualTo(3);
				assertThat(ex.sqlState()).isEqualTo("23505");
			});
		assertThat(db.queryColumn("SELECT version || ':' || dirty FROM schema_migrations ORDER BY version"))
			.containsExactly("1:false", "2:false");
		assertThat(db.queryColumn("SELECT tablename FROM pg_tables WHERE tablename LIKE 't_' ORDER BY 1"))
			.containsExactly("t1", "t2");
		assertThat(this.events).containsExactly("before 1", "before 2", "before 3", "before 4", "before 5", "after 1",
				"after 2", "failed 3");
	}

	@Test
	void aLongRunGoesInSeveralGroupsAndStopsAtTheFailingMigration(TestDatabase db) {
		MigrationFolder folder = tables(60).up("000050_create_t50", "CREATE TABLE t50 (id bigint PRIMARY KEY);\n"
				+ "INSERT INTO t50 VALUES (1);\nINSERT INTO t50 VALUES (1);");
		assertThatExceptionOfType(MigrationFailedException.class).isThrownBy(() -> migrator(db, folder).migrate())
			.satisfies((ex) -> assertThat(ex.file()).endsWith("000050_create_t50.up.sql"));
		assertThat(db.queryColumn("SELECT count(*) || ':' || max(version) FROM schema_migrations"))
			.containsExactly("49:49");
		assertThat(db.queryColumn("SELECT count(*) FROM pg_tables WHERE tablename ~ '^t[0-9]+$'")).containsExactly("49");
		assertThat(this.events.stream().filter((event) -> event.startsWith("before"))).hasSize(60)
			.doesNotHaveDuplicates();
	}

	@Test
	void overTheSimpleQueryProtocolEachMigrationRunsAloneSoAFailureStillStopsTheRun(TestDatabase db) {
		PGSimpleDataSource simple = (PGSimpleDataSource) db.dataSource();
		simple.setPreferQueryMode(PreferQueryMode.SIMPLE);
		MigrationFolder folder = tables(5).up("000003_create_t3",
				"CREATE TABLE t3 (id bigint PRIMARY KEY);\nINSERT INTO t3 VALUES (1);\nINSERT INTO t3 VALUES (1);");
		assertThatExceptionOfType(MigrationFailedException.class).isThrownBy(() -> migrator(simple, folder).migrate())
			.satisfies((ex) -> assertThat(ex.line()).isEqualTo(3));
		assertThat(db.queryColumn("SELECT version FROM schema_migrations ORDER BY version")).containsExactly("1", "2");
		assertThat(db.queryColumn("SELECT tablename FROM pg_tables WHERE tablename LIKE 't_' ORDER BY 1"))
			.containsExactly("t1", "t2");
		assertThat(this.events).containsExactly("before 1", "after 1", "before 2", "after 2", "before 3", "failed 3");
	}

	@Test
	void downsTravelTogetherToo(TestDatabase db) {
		MigrationFolder folder = tables(4);
		migrator(db, folder).migrate();
		this.events.clear();
		BatchCounter batches = new BatchCounter(db.dataSource());
		migrator(batches.dataSource(), folder).down(3);
		assertThat(batches.count()).as("JDBC batches sent: one carries the three downs").isEqualTo(1);
		assertThat(this.events).containsExactly("before 4", "before 3", "before 2", "after 4", "after 3", "after 2");
		assertThat(db.queryColumn("SELECT version FROM schema_migrations")).containsExactly("1");
		assertThat(db.queryColumn("SELECT tablename FROM pg_tables WHERE tablename LIKE 't_'"))
			.containsExactly("t1");
		assertThat(db.queryColumn("SELECT count(DISTINCT xmin::text) FROM schema_migrations_log WHERE action = 'down'"))
			.containsExactly("3");
	}

	@Test
	void aMigrationThatReturnsRowsRunsAloneBetweenGroups(TestDatabase db) {
		MigrationFolder folder = tables(5).up("000003_create_t3",
				"CREATE TABLE t3 (id bigint PRIMARY KEY);\nSELECT count(*) FROM t2;");
		migrator(db, folder).migrate();
		assertThat(db.queryColumn("SELECT count(*) FROM schema_migrations WHERE NOT dirty")).containsExactly("5");
	}

	@Test
	void migrationsWithoutStatementsTravelInTheGroupAndCommitEachWithItsRow(TestDatabase db) {
		MigrationFolder folder = tables(5).pair("000002_create_t2", "-- no-op\n", ";;\n")
			.pair("000004_create_t4", "BEGIN;\nCOMMIT;\n", "/* nothing to undo */\n");
		migrator(db, folder).migrate();
		assertThat(this.events).containsExactly("before 1", "before 2", "before 3", "before 4", "before 5", "after 1",
				"after 2", "after 3", "after 4", "after 5");
		assertThat(db.queryColumn("SELECT count(DISTINCT xmin::text) FROM schema_migrations WHERE NOT dirty"))
			.containsExactly("5");
		this.events.clear();
		migrator(db, folder).down(4);
		assertThat(this.events).containsExactly("before 5", "before 4", "before 3", "before 2", "after 5", "after 4",
				"after 3", "after 2");
		assertThat(db.queryColumn("SELECT version FROM schema_migrations")).containsExactly("1");
		assertThat(db.queryColumn("SELECT tablename FROM pg_tables WHERE tablename LIKE 't_'")).containsExactly("t1");
	}

	@Test
	void aFailureInAGroupAfterAMigrationWithoutStatementsKeepsThatOneCommitted(TestDatabase db) {
		MigrationFolder folder = tables(4).pair("000002_create_t2", "", "")
			.up("000003_create_t3", "CREATE TABLE t3 (id bigint PRIMARY KEY);\nINSERT INTO t3 VALUES (1), (1);");
		assertThatExceptionOfType(MigrationFailedException.class).isThrownBy(() -> migrator(db, folder).migrate())
			.satisfies((ex) -> assertThat(ex.file()).endsWith("000003_create_t3.up.sql"));
		assertThat(db.queryColumn("SELECT version || ':' || dirty FROM schema_migrations ORDER BY version"))
			.containsExactly("1:false", "2:false");
		assertThat(this.events).containsExactly("before 1", "before 2", "before 3", "before 4", "after 1", "after 2",
				"failed 3");
	}

	private MigrationFolder tables(int count) {
		MigrationFolder folder = new MigrationFolder(this.directory);
		for (int i = 1; i <= count; i++) {
			folder.pair(String.format("%06d_create_t%d", i, i), "CREATE TABLE t" + i + " (id bigint PRIMARY KEY);\n"
					+ "INSERT INTO t" + i + " VALUES (1);", "DROP TABLE t" + i + ";");
		}
		return folder;
	}

	private Migrator migrator(TestDatabase db, MigrationFolder folder) {
		return migrator(db.dataSource(), folder);
	}

	private Migrator migrator(DataSource dataSource, MigrationFolder folder) {
		return new Migrator(MigratorConfig.builder()
			.dataSource(dataSource)
			.locations(List.of(folder.location()))
			.listener(new RecordingListener())
			.build());
	}

	/**
	 * Counts {@link Statement#executeBatch()} calls, each one network round trip for the
	 * statements it carries: migrations run alone send a batch each, a group sends one.
	 */
	private static final class BatchCounter {

		private final DataSource target;

		private final AtomicInteger count = new AtomicInteger();

		BatchCounter(DataSource target) {
			this.target = target;
		}

		int count() {
			return this.count.get();
		}

		DataSource dataSource() {
			return proxy(DataSource.class, this.target, (method, result) -> (result instanceof Connection connection)
					? proxy(Connection.class, connection, this::countBatches) : result);
		}

		private Object countBatches(Method method, Object result) {
			return (result instanceof Statement statement && !(result instanceof PreparedStatement))
					? proxy(Statement.class, statement, (called, value) -> {
						if (called.getName().equals("executeBatch")) {
							this.count.incrementAndGet();
						}
						return value;
					}) : result;
		}

		private static <T> T proxy(Class<T> type, T target, BiFunction<Method, Object, Object> after) {
			return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type }, (p, method, args) -> {
				try {
					return after.apply(method, method.invoke(target, args));
				}
				catch (InvocationTargetException ex) {
					throw ex.getCause();
				}
			}));
		}

	}

	private final class RecordingListener implements MigrationListener {

		@Override
		public void beforeMigration(int index, int count, MigrationStep step) {
			MigrationRunTests.this.events.add("before " + step.version());
		}

		@Override
		public void afterMigration(int index, int count, MigrationStep step, long executionMs, RuntimeException error) {
			MigrationRunTests.this.events.add(((error != null) ? "failed " : "after ") + step.version());
		}

	}

}
