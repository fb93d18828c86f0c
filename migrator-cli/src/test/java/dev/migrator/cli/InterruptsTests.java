package dev.migrator.cli;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.migrator.test.EmbeddedDatabaseTest;
import dev.migrator.test.EmbeddedPostgresExtension;
import dev.migrator.test.MigrationFolder;
import dev.migrator.test.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SIGINT and SIGTERM sent with {@code kill} to a CLI process while the server runs
 * {@code pg_sleep(30)} for it: the process says what it left and exits 130 within seconds,
 * with the statement cancelled on the server and the lock free.
 */
@EmbeddedDatabaseTest
class InterruptsTests {

	@TempDir
	Path directory;

	@ParameterizedTest
	@ValueSource(strings = { "INT", "TERM" })
	void aSignalRollsBackTheRunningMigrationAndExits130(String signal) throws Exception {
		TestDatabase db = EmbeddedPostgresExtension.newDatabase();
		MigrationFolder folder = new MigrationFolder(this.directory)
			.up("000001_create_a", "CREATE TABLE a (id int);")
			.up("000002_slow", "CREATE TABLE b (id int);\nSELECT pg_sleep(30);\nCREATE TABLE c (id int);");
		Interrupted run = interrupt(db, signal, "--locations", folder.location(), "up");
		assertThat(run.exitCode()).as(run.output()).isEqualTo(130);
		assertThat(run.output()).containsOnlyOnce("interrupted: ")
			.contains("interrupted: migration 2 (slow, up) rolled back; database clean at 1\n");
		assertThat(run.ms()).isLessThan(10_000);
		assertIdleAndUnlocked(db);
		assertThat(db.queryColumn("SELECT version || ':' || dirty FROM schema_migrations")).containsExactly("1:false");
		assertThat(db.tableExists("b")).isFalse();
	}

	@Test
	void inJsonModeTheInterruptIsAnErrorObjectWithItsOutcome() throws Exception {
		TestDatabase db = EmbeddedPostgresExtension.newDatabase();
		MigrationFolder folder = new MigrationFolder(this.directory).up("000001_slow", "SELECT pg_sleep(30);");
		Interrupted run = interrupt(db, "TERM", "--locations", folder.location(), "up", "--format", "json");
		assertThat(run.exitCode()).as(run.output()).isEqualTo(130);
		JsonNode error = JsonMapper.builder().build().readTree(run.output()).get("error");
		assertThat(error.get("type").asString()).isEqualTo("MigrationInterruptedException");
		assertThat(error.get("outcome").asString())
			.isEqualTo("migration 1 (slow, up) rolled back; database clean at no version (nothing applied)");
		assertIdleAndUnlocked(db);
	}

	@Test
	void aSignalKeepsTheProgressOfANonTransactionalMigrationAndUpResumeFinishesIt() throws Exception {
		TestDatabase db = EmbeddedPostgresExtension.newDatabase();
		db.execute("CREATE TABLE pause (seconds int); INSERT INTO pause VALUES (30)");
		MigrationFolder folder = new MigrationFolder(this.directory).up("000001_slow",
				"-- migrator:no-transaction\nCREATE TABLE a (id int);\nINSERT INTO a VALUES (1);\n"
						+ "SELECT pg_sleep(seconds) FROM pause;\nCREATE TABLE b (id int);");
		Interrupted run = interrupt(db, "INT", "--locations", folder.location(), "up");
		assertThat(run.exitCode()).as(run.output()).isEqualTo(130);
		assertThat(run.output()).contains("interrupted: migration 1 (slow, up) stopped after 2 of 4 statements;"
				+ " database dirty at 1; run `up --resume` to continue from statement 3, or undo what it did by hand and"
				+ " run `force -1`\n");
		assertIdleAndUnlocked(db);
		assertThat(db.queryColumn("SELECT dirty || ':' || statements_done FROM schema_migrations"))
			.containsExactly("true:2");
		db.execute("UPDATE pause SET seconds = 0");
		CliRunner.Result resumed = new CliRunner().run("--url", db.url(), "--user", db.user(), "--locations",
				folder.location(), "up", "--resume");
		assertThat(resumed.exitCode()).as(resumed.err()).isZero();
		assertThat(db.queryColumn("SELECT dirty || ':' || statements_done FROM schema_migrations"))
			.containsExactly("false:4");
		assertThat(db.queryColumn("SELECT count(*) FROM a")).containsExactly("1");
	}

	/**
	 * SIGKILL gives no chance to cancel: the server goes on with the statement and, as the
	 * lock is held by that session, the next run waits for it and says so.
	 */
	@Test
	void aKilledClientsSessionKeepsTheLockUntilItsStatementEndsAndTheNextRunSaysItWaits() throws Exception {
		TestDatabase db = EmbeddedPostgresExtension.newDatabase();
		MigrationFolder folder = new MigrationFolder(this.directory).up("000001_slow", "SELECT pg_sleep(3);");
		Process killed = ChildCli.start(db, "--locations", folder.location(), "up");
		awaitSleepRunning(db);
		killed.destroyForcibly();
		assertThat(killed.waitFor(10, TimeUnit.SECONDS)).isTrue();
		assertThat(db.queryColumn("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'")).containsExactly("1");
		File output = Files.createTempFile(this.directory, "cli", ".log").toFile();
		Process next = ChildCli.start(db, List.of("-XX:TieredStopAtLevel=1"), output, "--locations", folder.location(), "up");
		assertThat(next.waitFor(40, TimeUnit.SECONDS)).isTrue();
		String log = Files.readString(output.toPath());
		assertThat(next.exitValue()).as(log).isZero();
		assertThat(log).contains("Waiting up to 60 s for the migration lock held by pid ")
			.containsPattern("held by pid \\d+ \\(application 'migrator-cli on .+ pid " + killed.pid() + "'")
			.contains("Got the migration lock after ");
		// the CLI's own summary only: the engine's log line of the run is not also shown
		assertThat(log).containsOnlyOnce("1 migration in ").contains("Migrated 1 migration in ");
	}

	/** Starts the CLI, sends the signal once the server runs its sleep, and waits for the process to end. */
	private Interrupted interrupt(TestDatabase db, String signal, String... args) throws Exception {
		File output = Files.createTempFile(this.directory, "cli", ".log").toFile();
		Process process = ChildCli.start(db, List.of("-XX:TieredStopAtLevel=1"), output, args);
		awaitSleepRunning(db);
		long start = System.nanoTime();
		Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).inheritIO().start();
		assertThat(kill.waitFor()).isZero();
		assertThat(process.waitFor(40, TimeUnit.SECONDS)).isTrue();
		Interrupted interrupted = new Interrupted(process.exitValue(), Files.readString(output.toPath()),
				(System.nanoTime() - start) / 1_000_000);
		System.out.println("SIG" + signal + " TO EXIT " + interrupted.ms() + " ms: " + interrupted.output().strip());
		return interrupted;
	}

	private static void awaitSleepRunning(TestDatabase db) throws InterruptedException {
		for (int i = 0; i < 600; i++) {
			if (!sleepers(db).equals(List.of("0"))) {
				return;
			}
			Thread.sleep(50);
		}
		throw new AssertionError("pg_sleep did not start");
	}

	private static List<String> sleepers(TestDatabase db) {
		return db.queryColumn("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
				+ " AND query LIKE '%pg_sleep(%' AND state = 'active' AND pid <> pg_backend_pid()");
	}

	private static void assertIdleAndUnlocked(TestDatabase db) {
		assertThat(sleepers(db)).containsExactly("0");
		assertThat(db.queryColumn("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'")).containsExactly("0");
	}

	private record Interrupted(int exitCode, String output, long ms) {
	}

}
