package dev.migrator;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.migrator.test.EmbeddedDatabaseTest;
import dev.migrator.test.MigrationFolder;
import dev.migrator.test.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@EmbeddedDatabaseTest
class LockingTests {

	/** An advisory lock key of the test's own, unrelated to the migration lock's. */
	private static final int GATE = 4242;

	@TempDir
	Path directory;

	@Test
	void concurrentIndexCompletesWhileAnotherMigratorWaitsForTheLock(TestDatabase db) throws Exception {
		MigrationFolder folder = new MigrationFolder(this.directory)
			.pair("000001_create_orders", "CREATE TABLE orders (id bigint PRIMARY KEY, status text);\n"
					+ "INSERT INTO orders SELECT g, 'new' FROM generate_series(1, 20000) g;", "DROP TABLE orders;")
			.up("000002_index_orders", "-- migrator:no-transaction\n"
					+ "SELECT pg_advisory_lock(" + GATE + "), pg_advisory_unlock(" + GATE + ");\n"
					+ "CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_status_idx ON orders (status);");
		try (Connection gate = db.connect(); Statement statement = gate.createStatement()) {
			// the first migrator stops before its index, holding the migration lock, until the gate opens
			statement.execute("SELECT pg_advisory_lock(" + GATE + ")");
			CompletableFuture<MigrationResult> first = CompletableFuture.supplyAsync(() -> migrator(db, folder).migrate());
			String firstPid = await(db, "SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND NOT granted"
					+ " AND classid = 0 AND objid = " + GATE);
			CompletableFuture<MigrationResult> waiting = CompletableFuture.supplyAsync(() -> migrator(db, folder).migrate());
			assertThat(await(db, "SELECT pid FROM pg_stat_activity WHERE query LIKE '%pg_try_advisory_lock%'"
					+ " AND pid NOT IN (pg_backend_pid(), " + firstPid + ")"))
				.as("a second session polls for the migration lock while the first holds it")
				.isNotEmpty();
			assertThat(waiting).isNotDone();
			statement.execute("SELECT pg_advisory_unlock(" + GATE + ")");
			MigrationResult applied = first.get(30, TimeUnit.SECONDS);
			MigrationResult waited = waiting.get(30, TimeUnit.SECONDS);
			assertThat(applied.steps()).hasSize(2);
			assertThat(waited.steps()).isEmpty();
			assertThat(waited.versionAfter()).isEqualTo(2L);
		}
		assertThat(db.queryColumn("SELECT indisvalid FROM pg_index WHERE indexrelid = 'orders_status_idx'::regclass"))
			.containsExactly("t");
	}

	@Test
	void migrationThatCannotTakeATableLockInTimeIsRetriedThenFailsCleanly(TestDatabase db) throws Exception {
		MigrationFolder folder = new MigrationFolder(this.directory)
			.pair("000001_create_orders", "CREATE TABLE orders (id bigint PRIMARY KEY);", "DROP TABLE orders;")
			.up("000002_add_status", "ALTER TABLE orders ADD COLUMN status text;");
		migrator(db, folder).up(1);
		try (Connection reader = db.connect(); Statement statement = reader.createStatement()) {
			reader.setAutoCommit(false);
			statement.execute("SELECT * FROM orders");
			Migrator impatient = new Migrator(MigratorConfig.builder()
				.dataSource(db.dataSource())
				.locations(folder.location())
				.ddlLockTimeout(Duration.ofMillis(100))
				.ddlLockRetries(2)
				.build());
			assertThatExceptionOfType(MigrationFailedException.class).isThrownBy(impatient::migrate)
				.satisfies((ex) -> assertThat(ex.sqlState()).isEqualTo("55P03"));
			assertThat(impatient.status().version()).isEqualTo(1L);
			assertThat(impatient.status().dirty()).isFalse();
			CompletableFuture<MigrationResult> retrying = CompletableFuture.supplyAsync(impatient::migrate);
			Thread.sleep(150);
			reader.commit();
			assertThat(retrying.get(30, TimeUnit.SECONDS).versionAfter()).isEqualTo(2L);
		}
		assertThat(db.queryColumn("SELECT count(*) FROM schema_migrations_log WHERE NOT success AND version = 2"))
			.containsExactly("1");
	}

	/** The first value the query returns once it returns one, polled for up to ten seconds. */
	private static String await(TestDatabase db, String query) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
		List<String> values = db.queryColumn(query);
		while (values.isEmpty() && System.nanoTime() < deadline) {
			Thread.sleep(10);
			values = db.queryColumn(query);
		}
		assertThat(values).as("within 10 s: %s", query).isNotEmpty();
		return values.get(0);
	}

	private static Migrator migrator(TestDatabase db, MigrationFolder folder) {
		return new Migrator(MigratorConfig.builder().dataSource(db.dataSource()).locations(folder.location()).build());
	}

}
