package dev.migrator;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.migrator.history.QualifiedName;
import dev.migrator.lock.LockKey;
import dev.migrator.test.EmbeddedDatabaseTest;
import dev.migrator.test.MigrationFolder;
import dev.migrator.test.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@link Migrator#cancel} from another thread, against a real server running
 * {@code pg_sleep(30)}: the statement is cancelled there, and the run ends quickly with
 * the state it left.
 */
@EmbeddedDatabaseTest
class MigratorCancelTests {

	@TempDir
	Path directory;

	/** A sleep that returns rows runs alone; one in a DO block goes to the server with its neighbours. */
	@ParameterizedTest
	@ValueSource(strings = { "SELECT pg_sleep(30);", "DO $$ BEGIN PERFORM pg_sleep(30); END $$;" })
	void cancelRollsBackTheRunningTransactionalMigrationAndLetsGoOfTheLock(String sleep, TestDatabase db)
			throws Exception {
		MigrationFolder folder = new MigrationFolder(this.directory)
			.up("000001_create_a", "CREATE TABLE a (id int);")
			.up("000002_slow", "CREATE TABLE b (id int);\n" + sleep + "\nCREATE TABLE c (id int);")
			.up("000003_create_d", "CREATE TABLE d (id int);");
		Migrator migrator = migrator(db, folder);
		CompletableFuture<MigrationResult> run = CompletableFuture.supplyAsync(migrator::migrate);
		awaitSleepRunning(db);
		long start = System.nanoTime();
		assertThat(migrator.cancel(Duration.ofSeconds(20))).isTrue();
		assertThat(elapsedMs(start)).isLessThan(5_000);
		assertThat(failure(run)).isInstanceOf(MigrationInterruptedException.class)
			.hasMessage("Interrupted: migration 2 (slow, up) rolled back; database clean at 1");
		assertIdleAndUnlocked(db);
		assertThat(db.tableExists("b")).isFalse();
		assertThat(db.tableExists("d")).isFalse();
		assertThat(db.queryColumn("SELECT version || ':' || dirty FROM schema_migrations")).containsExactly("1:false");
		assertThat(db.queryColumn("SELECT error FROM schema_migrations_log WHERE version = 2"))
			.containsExactly("interrupted: migration 2 (slow, up) rolled back");
	}

	@Test
	void cancelKeepsTheProgressOfANonTransactionalMigrationAndResumeFinishesIt(TestDatabase db) throws Exception {
		db.execute("CREATE TABLE pause (seconds int); INSERT INTO pause VALUES (30)");
		MigrationFolder folder = new MigrationFolder(this.directory).up("000001_slow",
				"-- migrator:no-transaction\nCREATE TABLE a (id int);\nINSERT INTO a VALUES (1);\n"
						+ "SELECT pg_sleep(seconds) FROM pause;\nCREATE TABLE b (id int);");
		Migrator migrator = migrator(db, folder);
		CompletableFuture<MigrationResult> run = CompletableFuture.supplyAsync(migrator::migrate);
		awaitSleepRunning(db);
		assertThat(migrator.cancel(Duration.ofSeconds(20))).isTrue();
		assertThat(failure(run)).isInstanceOf(MigrationInterruptedException.class)
			.hasMessage("Interrupted: migration 1 (slow, up) stopped after 2 of 4 statements; database dirty at 1;"
					+ " run `up --resume` to continue from statement 3, or undo what it did by hand and run `force -1`");
		assertIdleAndUnlocked(db);
		assertThat(db.queryColumn("SELECT dirty || ':' || statements_done FROM schema_migrations"))
			.containsExactly("true:2");
		db.execute("UPDATE pause SET seconds = 0");
		MigrationResult resumed = migrator(db, folder).run(Operation.migrate().resuming());
		assertThat(resumed.versionAfter()).isEqualTo(1L);
		assertThat(db.queryColumn("SELECT count(*) FROM a")).containsExactly("1");
		assertThat(db.tableExists("b")).isTrue();
	}

	@Test
	void cancelDuringANonTransactionalDownLeavesItDirtyAndSaysHowToFinishOrUndoIt(TestDatabase db) throws Exception {
		MigrationFolder folder = new MigrationFolder(this.directory).pair("000001_create_a", "CREATE TABLE a (id int);",
				"-- migrator:no-transaction\nDROP TABLE a;\nSELECT pg_sleep(30);\nSELECT 1;");
		Migrator migrator = migrator(db, folder);
		migrator.migrate();
		CompletableFuture<MigrationResult> run = CompletableFuture.supplyAsync(() -> migrator.down(1));
		awaitSleepRunning(db);
		assertThat(migrator.cancel(Duration.ofSeconds(20))).isTrue();
		assertThat(failure(run)).isInstanceOf(MigrationInterruptedException.class)
			.hasMessage("Interrupted: migration 1 (create_a, down) stopped after 1 of 3 statements; database dirty at 1;"
					+ " finish it by hand and run `force -1`, or undo what it did and run `force 1`");
		assertIdleAndUnlocked(db);
	}

	@Test
	void cancelStopsAWaitForTheLockWithoutChangingAnything(TestDatabase db) throws Exception {
		MigrationFolder folder = new MigrationFolder(this.directory).up("000001_create_a", "CREATE TABLE a (id int);");
		try (Connection holder = db.connect(); Statement statement = holder.createStatement()) {
			statement.execute("SELECT pg_advisory_lock("
					+ LockKey.of(new QualifiedName("public", MigratorConfig.DEFAULT_TABLE)) + ")");
			Migrator migrator = migrator(db, folder);
			CompletableFuture<MigrationResult> run = CompletableFuture.supplyAsync(migrator::migrate);
			Thread.sleep(300);
			assertThat(migrator.cancel(Duration.ofSeconds(5))).isTrue();
			assertThat(failure(run)).isInstanceOf(MigrationInterruptedException.class)
				.hasMessage("Interrupted: stopped while waiting for the migration lock; nothing was changed");
		}
		assertThat(db.tableExists("a")).isFalse();
	}

	@Test
	void aCancelledMigratorStopsARunThatStartsLater(TestDatabase db) {
		MigrationFolder folder = new MigrationFolder(this.directory).up("000001_create_a", "CREATE TABLE a (id int);");
		Migrator migrator = migrator(db, folder);
		assertThat(migrator.cancel(Duration.ZERO)).isTrue();
		assertThatExceptionOfType(MigrationInterruptedException.class).isThrownBy(migrator::migrate)
			.withMessage("Interrupted: stopped before migration 1 (create_a, up); database clean at no version"
					+ " (nothing applied)");
		assertThat(db.tableExists("a")).isFalse();
	}

	@Test
	void aStatementTimeoutIsAFailureNotAnInterrupt(TestDatabase db) {
		MigrationFolder folder = new MigrationFolder(this.directory)
			.up("000001_slow", "SET LOCAL statement_timeout = 50;\nSELECT pg_sleep(5);");
		assertThatExceptionOfType(MigrationFailedException.class).isThrownBy(migrator(db, folder)::migrate)
			.satisfies((ex) -> assertThat(ex.sqlState()).isEqualTo("57014"))
			.withMessageContaining("canceling statement due to statement timeout");
	}

	private static Migrator migrator(TestDatabase db, MigrationFolder folder) {
		return new Migrator(MigratorConfig.builder().dataSource(db.dataSource()).locations(folder.location()).build());
	}

	static void awaitSleepRunning(TestDatabase db) throws InterruptedException {
		for (int i = 0; i < 300; i++) {
			if (!sleepers(db).equals(List.of("0"))) {
				return;
			}
			Thread.sleep(50);
		}
		throw new AssertionError("pg_sleep did not start");
	}

	static List<String> sleepers(TestDatabase db) {
		return db.queryColumn("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
				+ " AND query LIKE '%pg_sleep(%' AND state = 'active' AND pid <> pg_backend_pid()");
	}

	static void assertIdleAndUnlocked(TestDatabase db) {
		assertThat(sleepers(db)).containsExactly("0");
		assertThat(db.queryColumn("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'")).containsExactly("0");
	}

	private static Throwable failure(CompletableFuture<?> run) throws Exception {
		try {
			run.get(10, TimeUnit.SECONDS);
		}
		catch (ExecutionException ex) {
			return ex.getCause();
		}
		throw new AssertionError("The run did not fail");
	}

	private static long elapsedMs(long start) {
		return (System.nanoTime() - start) / 1_000_000;
	}

}
