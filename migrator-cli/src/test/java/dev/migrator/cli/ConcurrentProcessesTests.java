package dev.migrator.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.migrator.test.EmbeddedDatabaseTest;
import dev.migrator.test.EmbeddedPostgresExtension;
import dev.migrator.test.MigrationFolder;
import dev.migrator.test.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Eight CLI processes start {@code up} at the same moment on one database: each migration
 * is applied exactly once and every process exits 0. Rounds: {@code -Dmigrator.concurrency.rounds}.
 */
@EmbeddedDatabaseTest
class ConcurrentProcessesTests {

	static final int PROCESSES = 8;

	static final int ROUNDS = Integer.getInteger("migrator.concurrency.rounds", 3);

	@TempDir
	Path directory;

	@Test
	void eightProcessesApplyEachMigrationExactlyOnce() throws Exception {
		MigrationFolder folder = new MigrationFolder(this.directory);
		for (int i = 1; i <= 12; i++) {
			String up = (i % 4 == 0)
					? "-- migrator:no-transaction\nINSERT INTO applied VALUES (%d);\nCREATE INDEX CONCURRENTLY IF NOT EXISTS t%d_idx ON t%d (id);"
						.formatted(i, i - 1, i - 1)
					: "CREATE TABLE t%d (id bigint PRIMARY KEY);\nINSERT INTO applied VALUES (%d);".formatted(i, i);
			folder.up("%06d_step".formatted(i), up);
		}
		for (int round = 1; round <= ROUNDS; round++) {
			TestDatabase db = EmbeddedPostgresExtension.newDatabase();
			db.execute("CREATE TABLE applied (version int)");
			List<Process> processes = new ArrayList<>();
			for (int i = 0; i < PROCESSES; i++) {
				processes.add(ChildCli.start(db, "--locations", folder.location(), "up"));
			}
			for (Process process : processes) {
				assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
				assertThat(process.exitValue()).as("exit code in round " + round).isZero();
			}
			assertThat(db.queryColumn("SELECT count(*) || ':' || count(DISTINCT version) FROM applied"))
				.as("round " + round)
				.containsExactly("12:12");
			assertThat(db.queryColumn("SELECT count(*) FROM schema_migrations_log WHERE action = 'up' AND success"))
				.containsExactly("12");
		}
	}

}
