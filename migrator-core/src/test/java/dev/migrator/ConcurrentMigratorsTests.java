package dev.migrator;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.migrator.test.EmbeddedDatabaseTest;
import dev.migrator.test.MigrationFolder;
import dev.migrator.test.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

@EmbeddedDatabaseTest
class ConcurrentMigratorsTests {

	@TempDir
	Path directory;

	@Test
	void migratorsStartedTogetherApplyEachMigrationExactlyOnce(TestDatabase db) throws Exception {
		MigrationFolder folder = new MigrationFolder(this.directory);
		for (int i = 1; i <= 10; i++) {
			folder.pair("%06d_step_%d".formatted(i, i),
					"CREATE TABLE t%d (id bigint PRIMARY KEY);\nINSERT INTO applied_log VALUES (%d);\nSELECT pg_sleep(0.02);"
						.formatted(i, i),
					"DROP TABLE t%d;".formatted(i));
		}
		db.execute("CREATE TABLE applied_log (version int)");
		int migrators = 4;
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(migrators);
		try {
			List<Future<MigrationResult>> results = new ArrayList<>();
			for (int i = 0; i < migrators; i++) {
				results.add(pool.submit(() -> {
					start.await();
					return new Migrator(MigratorConfig.builder()
						.dataSource(db.dataSource())
						.locations(folder.location())
						.build()).migrate();
				}));
			}
			start.countDown();
			int applied = 0;
			for (Future<MigrationResult> result : results) {
				MigrationResult done = result.get();
				applied += done.steps().size();
				assertThat(done.versionAfter()).isEqualTo(10L);
			}
			assertThat(applied).isEqualTo(10);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(db.queryColumn("SELECT count(*) || ':' || count(DISTINCT version) FROM applied_log"))
			.containsExactly("10:10");
	}

}
