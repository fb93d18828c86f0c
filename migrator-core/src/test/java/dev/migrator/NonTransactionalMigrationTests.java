package dev.migrator;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.migrator.history.QualifiedName;
import dev.migrator.lock.LockKey;
import dev.migrator.source.Location;
import dev.migrator.source.MigrationSet;
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

	@Test
	void resumeOnACleanDatabaseRunsAsUp(TestDatabase db) {
		Migrator migrator = migrator(db, folder());
		MigrationResult first = migrator.run(Operation.migrate().resuming());
		assertThat(first.resumed()).isFalse();
		assertThat(first.steps()).extracting(MigrationStep::version).containsExactly(1L, 2L);
		MigrationResult again = migrator.run(Operation.migrate().resuming());
		assertThat(again.resumed()).isFalse();
		assertThat(again.steps()).isEmpty();
	}

	@Test
	void resumeDecidesUnderTheLockSoItSeesAMigrationThatFinishedWhileItWaited(TestDatabase db) throws Exception {
		MigrationFolder folder = folder();
		Migrator migrator = migrator(db, folder);
		migrator.migrate();
		db.execute("UPDATE schema_migrations SET dirty = true, statements_done = 1 WHERE version = 2");
		try (Connection backend = db.connect(); Statement statement = backend.createStatement()) {
			statement.execute("SELECT pg_advisory_lock(" + lockKey() + ")");
			CompletableFuture<MigrationResult> resume = CompletableFuture
				.supplyAsync(() -> migrator.run(Operation.migrate().resuming()));
			Thread.sleep(300);
			assertThat(resume).isNotDone();
			statement.execute("UPDATE schema_migrations SET dirty = false, statements_done = 2 WHERE version = 2");
			statement.execute("SELECT pg_advisory_unlock_all()");
			MigrationResult result = resume.get();
			assertThat(result.resumed()).isFalse();
			assertThat(result.steps()).isEmpty();
		}
	}

	@Test
	void dirtyMigrationIsInProgressWhileASessionHoldsTheLockAndNeedsADecisionOtherwise(TestDatabase db)
			throws Exception {
		Migrator migrator = migrator(db, folder());
		migrator.migrate();
		db.execute("UPDATE schema_migrations SET dirty = true, statements_done = 1 WHERE version = 2");
		try (Connection backend = db.connect(); Statement statement = backend.createStatement()) {
			statement.execute("SET application_name = 'killed-client'");
			statement.execute("SELECT pg_advisory_lock(" + lockKey() + ")");
			MigrationStatus held = migrator.status();
			assertThat(held.problems()).extracting(Problem::kind).containsExactly(Problem.Kind.IN_PROGRESS);
			assertThat(held.problems().get(0).message()).contains("is in progress, 1 statement done so far")
				.contains("pid " + held.lockHolder().pid())
				.contains("'killed-client'")
				.contains("connected since")
				.doesNotContain("force");
			// let go on this session: a closed connection's backend releases its locks only as it exits
			statement.execute("SELECT pg_advisory_unlock(" + lockKey() + ")");
		}
		MigrationStatus free = migrator.status();
		assertThat(free.lockHolder()).isNull();
		assertThat(free.problems()).extracting(Problem::kind).containsExactly(Problem.Kind.DIRTY);
		assertThat(free.problems().get(0).message()).contains("force 2").contains("up --resume");
	}

	@Test
	void resumeRunsTheFixedFileAndRecordsItsChecksums(TestDatabase db) {
		MigrationFolder folder = failedAtItsSecondStatement(db);
		folder.up("000002_index_orders", "-- migrator:no-transaction\n"
				+ "CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_status_idx ON orders (status);\n"
				+ "CREATE INDEX CONCURRENTLY orders_created_idx ON orders (created_at);");
		folder.down("000002_index_orders", "-- migrator:no-transaction\nDROP INDEX CONCURRENTLY orders_created_idx;\n"
				+ "DROP INDEX CONCURRENTLY orders_status_idx;");
		Migrator migrator = migrator(db, folder);
		MigrationResult resumed = migrator.run(Operation.migrate().resuming());
		assertThat(resumed.resumed()).isTrue();
		assertThat(resumed.steps()).extracting(MigrationStep::version).containsExactly(2L);
		dev.migrator.source.Migration fixed = files(folder).find(2).orElseThrow();
		assertThat(db.queryColumn("SELECT checksum || ' ' || down_checksum FROM schema_migrations WHERE version = 2"))
			.containsExactly(fixed.up().checksum() + " " + fixed.down().checksum());
		assertThat(migrator.validate()).isEmpty();
		assertThat(migrator.status().dirty()).isFalse();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = {
			"spaces and a comment | CREATE  INDEX CONCURRENTLY IF NOT EXISTS\\n  orders_status_idx /* why */ ON orders (status) | true",
			"another column | CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_status_idx ON orders (id) | false",
			"the statement removed | | false", "a statement added before | SELECT 1;\\nSELECT 2 | false" })
	void resumeRefusesOnlyWhenAStatementAlreadyDoneChanged(String edit, String firstStatement, boolean resumes,
			TestDatabase db) {
		MigrationFolder folder = failedAtItsSecondStatement(db);
		folder.up("000002_index_orders", "-- migrator:no-transaction\n"
				+ ((firstStatement != null) ? firstStatement.replace("\\n", "\n") + ";\n" : "")
				+ "CREATE INDEX CONCURRENTLY orders_created_idx ON orders (created_at);");
		Migrator migrator = migrator(db, folder);
		if (resumes) {
			assertThat(migrator.run(Operation.migrate().resuming()).resumed()).isTrue();
			return;
		}
		assertThatExceptionOfType(DirtyDatabaseException.class)
			.isThrownBy(() -> migrator.run(Operation.migrate().resuming()))
			.withMessageContaining("cannot resume migration 2")
			.withMessageContaining("000002_index_orders.up.sql")
			.withMessageContaining("only statements after 1 may change), then run `up --resume`")
			.withMessageContaining("force 2")
			.withMessageContaining("force 1");
		assertThat(db.queryColumn("SELECT dirty::text FROM schema_migrations WHERE version = 2")).containsExactly("true");
	}

	@Test
	void changedDoneStatementNamesItsLineAndRepairThenResumeTakesIt(TestDatabase db) {
		MigrationFolder folder = failedAtItsSecondStatement(db);
		folder.up("000002_index_orders", "-- migrator:no-transaction\n"
				+ "CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_status_idx ON orders (status, id);\n"
				+ "CREATE INDEX CONCURRENTLY orders_created_idx ON orders (created_at);");
		Migrator migrator = migrator(db, folder);
		assertThatExceptionOfType(DirtyDatabaseException.class)
			.isThrownBy(() -> migrator.run(Operation.migrate().resuming()))
			.withMessageContaining("statements 1-1 of")
			.withMessageContaining("up to " + folder.directory() + "/000002_index_orders.up.sql:2")
			.withMessageContaining("run `repair`, then `up --resume`");
		assertThat(migrator.repair()).containsExactly(2L);
		assertThat(migrator.run(Operation.migrate().resuming()).resumed()).isTrue();
		assertThat(migrator.validate()).isEmpty();
	}

	@Test
	void historyOfAnEarlierReleaseIsReadUpgradedAndResumedThroughRepair(TestDatabase db) {
		MigrationFolder folder = failedAtItsSecondStatement(db);
		db.execute("ALTER TABLE schema_migrations DROP COLUMN done_checksum");
		folder.up("000002_index_orders", "-- migrator:no-transaction\n"
				+ "CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_status_idx ON orders (status);\n"
				+ "CREATE INDEX CONCURRENTLY orders_created_idx ON orders (created_at);");
		Migrator migrator = migrator(db, folder);
		assertThat(migrator.status().problems()).extracting(Problem::kind)
			.containsExactly(Problem.Kind.DIRTY, Problem.Kind.CHECKSUM_MISMATCH);
		assertThatExceptionOfType(DirtyDatabaseException.class)
			.isThrownBy(() -> migrator.run(Operation.migrate().resuming()))
			.withMessageContaining("written by an earlier release")
			.withMessageContaining("run `repair` to record the file as it is, then `up --resume`");
		assertThat(migrator.repair()).containsExactly(2L);
		assertThat(db.queryColumn("SELECT count(*) FROM pg_attribute WHERE attrelid = 'schema_migrations'::regclass"
				+ " AND attname = 'done_checksum'")).containsExactly("1");
		assertThat(migrator.run(Operation.migrate().resuming()).resumed()).isTrue();
		assertThat(migrator.status().problems()).isEmpty();
	}

	/** Migration 2 stopped after its first statement: the second names a column that does not exist. */
	private MigrationFolder failedAtItsSecondStatement(TestDatabase db) {
		MigrationFolder folder = folder();
		folder.up("000002_index_orders", "-- migrator:no-transaction\n"
				+ "CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_status_idx ON orders (status);\n"
				+ "CREATE INDEX CONCURRENTLY orders_created_idx ON orders (nope);");
		assertThatExceptionOfType(MigrationFailedException.class).isThrownBy(migrator(db, folder)::migrate)
			.satisfies((ex) -> assertThat(ex.leftDirty()).isTrue());
		return folder;
	}

	private static MigrationSet files(MigrationFolder folder) {
		return MigrationSet.load(List.of(Location.parse(folder.location())), NonTransactionalMigrationTests.class
			.getClassLoader());
	}

	private static long lockKey() {
		return LockKey.of(new QualifiedName("public", "schema_migrations"));
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
		return new Migrator(MigratorConfig.builder()
			.dataSource(db.dataSource())
			.locations(folder.location())
			.lockTimeout(Duration.ofSeconds(30))
			.build());
	}

}
