package dev.migrator.boot.autoconfigure;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.migrator.test.EmbeddedPostgresExtension;
import dev.migrator.test.MigrationFolder;
import dev.migrator.test.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real Boot application, in a process of its own, gets SIGTERM while its startup
 * migration runs {@code pg_sleep(30)} on the server.
 */
class MigratorInitializerTests {

	@TempDir
	Path directory;

	@Test
	void shutdownDuringTheStartupMigrationRollsItBackAndFailsTheStartWithWhatItLeft() throws Exception {
		TestDatabase db = EmbeddedPostgresExtension.newDatabase();
		MigrationFolder folder = new MigrationFolder(this.directory)
			.up("000001_create_a", "CREATE TABLE a (id int);")
			.up("000002_slow", "CREATE TABLE b (id int);\nSELECT pg_sleep(30);\nCREATE TABLE c (id int);");
		File output = this.directory.resolve("app.log").toFile();
		Process app = new ProcessBuilder(Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
				"-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
				StartupMigrationApplication.class.getName(), "--test.url=" + db.url(), "--test.user=" + db.user(),
				"--test.password=" + db.password(), "--migrator.locations=" + folder.location())
			.redirectErrorStream(true)
			.redirectOutput(output)
			.start();
		awaitSleepRunning(db, app);
		long start = System.nanoTime();
		assertThat(new ProcessBuilder("kill", "-TERM", Long.toString(app.pid())).start().waitFor()).isZero();
		assertThat(app.waitFor(40, TimeUnit.SECONDS)).isTrue();
		long ms = (System.nanoTime() - start) / 1_000_000;
		String log = Files.readString(output.toPath());
		System.out.println("SIGTERM TO EXIT " + ms + " ms, exit " + app.exitValue());
		assertThat(app.exitValue()).as(log).isEqualTo(143);
		assertThat(log).contains("Interrupted: migration 2 (slow, up) rolled back; database clean at 1");
		assertThat(ms).isLessThan(10_000);
		assertThat(sleepers(db)).containsExactly("0");
		assertThat(db.queryColumn("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'")).containsExactly("0");
		assertThat(db.queryColumn("SELECT version || ':' || dirty FROM schema_migrations")).containsExactly("1:false");
		assertThat(db.tableExists("b")).isFalse();
	}

	private static void awaitSleepRunning(TestDatabase db, Process app) throws InterruptedException {
		for (int i = 0; i < 600 && app.isAlive(); i++) {
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

}
