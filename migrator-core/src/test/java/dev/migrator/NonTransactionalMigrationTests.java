package dev.migrator;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.migrator.test.EmbeddedDatabaseTest;
import dev.migrator.test.MigrationFolder;
import dev.migrator.test.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@EmbeddedDatabaseTest
class NonTransactionalMigrationTests {

	@TempDir
	Path directory;

	@Test
	void concurrentIndexRunsOutsideATransactionAndIsRecordedClean(TestDatabase db) {
		MigrationFolder folder = folder();
		Migrator migrator = migrator(db, folder);
		migrator.migrate();
		assertThat(db.queryColumn("SELECT indexname FROM pg_indexes WHERE tablename = 'orders' ORDER BY 1"))
			.contains("orders_status_idx");
		assertThat(db.queryColumn("SELECT dirty || ':' || statements_done FROM schema_migrations WHERE version = 2"))
			.containsExactly("false:2");
	}

	@Test
	void failedStatementLeavesTheMigrationDirtyWithItsProgressAndEveryRunRefuses(TestDatabase db) {
		MigrationFolder folder = folder();
		folder.up("000002_index_orders", "-- migrator:no-transaction\n"
				+ "CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_status_idx ON orders (status);\n"
				+ "CREATE INDEX CONCURRENTLY orders_customer_idx ON orders (customer);\n"
				+ "CREATE INDEX CONCURRENTLY orders_created_idx ON orders (created_at);");
		Migrator migrator = migrator(db, folder);
		assertThatExceptionOfType(MigrationFailedException.class).isThrownBy(migrator::migrate)
			.satisfies((ex) -> {
				assertThat(ex.line()).isEqualTo(3);
				assertThat(ex.outcome()).contains("dirty at version 2 with 1 of 3 statements done")
					.contains("up --resume");
			});
		MigrationStatus status = migrator.status();
		assertThat(status.dirty()).isTrue();
		assertThat(status.version()).isEqualTo(2L);
		assertThatExceptionOfType(DirtyDatabaseException.class).isThrownBy(migrator::migrate)
			.withMessageContaining("stopped after 1 of 3 statements")
			.withMessageContaining("000002_index_orders.up.sql:3")
			.withMessageContaining("up --resume")
			.withMessageContaining("force 2")
			.withMessageContaining("force 1");
		db.execute("ALTER TABLE orders ADD COLUMN customer text");
		MigrationResult resumed = migrator.run(Operation.migrate().resuming());
		assertThat(resumed.steps()).extracting(MigrationStep::version).containsExactly(2L);
		assertThat(migrator.status().dirty()).isFalse();
		assertThat(db.queryColumn("SELECT indexname FROM pg_indexes WHERE tablename = 'orders' ORDER BY 1"))
			.containsExactly("orders_created_idx", "orders_customer_idx", "orders_pkey", "orders_status_idx");
	}

	@Test
	void resumeFinishesAMigrationKilledBeforeItsFirstStatementCompleted(TestDatabase db) {
		MigrationFolder folder = folder();
		Migrator migrator = migrator(db, folder);
		migrator.up(1);
		String checksum = dev.migrator.source.MigrationSet
			.load(java.util.List.of(dev.migrator.source.Location.parse(folder.location())), getClass().getClassLoader())
			.find(2)
			.orElseThrow()
			.up()
			.checksum();
		db.execute("INSERT INTO schema_migrations (version, description, checksum, dirty, statements_done)"
				+ " VALUES (2, 'index_orders', '" + checksum + "', true, 0)");
		assertThat(migrator.run(Operation.migrate().resuming()).steps()).extracting(MigrationStep::version)
			.containsExactly(2L);
		assertThat(db.queryColumn("SELECT dirty || ':' || statements_done FROM schema_migrations WHERE version = 2"))
			.containsExactly("false:2");
	}

	@Test
	void forceClearsADirtyMigration(TestDatabase db) {
		MigrationFolder folder = folder();
		folder.up("000002_index_orders", "-- migrator:no-transaction\n"
				+ "CREATE INDEX CONCURRENTLY orders_status_idx ON orders (nope);");
		Migrator migrator = migrator(db, folder);
		assertThatExceptionOfType(MigrationFailedException.class).isThrownBy(migrator::migrate);
		migrator.force(1);
		assertThat(migrator.status().dirty()).isFalse();
		assertThat(migrator.status().version()).isEqualTo(1L);
	}

	private MigrationFolder folder() {
		return new MigrationFolder(this.directory)
			.pair("000001_create_orders",
					"CREATE TABLE orders (id bigint PRIMARY KEY, status text, created_at timestamptz);",
					"DROP TABLE orders;")
			.pair("000002_index_orders",
					"-- migrator:no-transaction\n"
							+ "CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_status_idx ON orders (status);\n"
							+ "CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_created_idx ON orders (created_at);",
					"-- migrator:no-transaction\nDROP INDEX CONCURRENTLY IF EXISTS orders_status_idx;\n"
							+ "DROP INDEX CONCURRENTLY IF EXISTS orders_created_idx;");
	}

	private static Migrator migrator(TestDatabase db, MigrationFolder folder) {
		return new Migrator(MigratorConfig.builder().dataSource(db.dataSource()).locations(folder.location()).build());
	}

}
