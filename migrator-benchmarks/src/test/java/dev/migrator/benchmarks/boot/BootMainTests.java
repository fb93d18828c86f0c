package dev.migrator.benchmarks.boot;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.migrator.test.EmbeddedDatabaseTest;
import dev.migrator.test.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/** The apps differ in their migration tool and nothing else. */
@EmbeddedDatabaseTest
class BootMainTests {

	@TempDir
	Path folder;

	@Test
	void flywayAppMigratesOnStart(TestDatabase db) throws Exception {
		Files.writeString(this.folder.resolve("V1__create_t1.sql"), "CREATE TABLE t1 (id bigint PRIMARY KEY);\n");
		BootMain.main(new String[] { "FLYWAY", url(db), this.folder.toString() });
		assertThat(db.tableExists("t1")).isTrue();
		assertThat(db.queryColumn("SELECT version FROM flyway_schema_history")).containsExactly("1");
	}

	@Test
	void appWithNoToolLeavesTheDatabaseAlone(TestDatabase db) throws Exception {
		Files.writeString(this.folder.resolve("V1__create_t1.sql"), "CREATE TABLE t1 (id bigint PRIMARY KEY);\n");
		BootMain.main(new String[] { "NONE", url(db), this.folder.toString() });
		assertThat(db.queryColumn("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")).containsExactly("0");
	}

	private static String url(TestDatabase db) {
		return db.url() + "?user=" + db.user() + "&password=" + db.password();
	}

}
