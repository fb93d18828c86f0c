package dev.migrator.maven;

import java.nio.file.Path;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.migrator.test.EmbeddedDatabaseTest;
import dev.migrator.test.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@EmbeddedDatabaseTest
class BaselineMojoTests {

	@TempDir
	Path directory;

	@Test
	void recordsAnExistingSchemaAtTheVersionSoOnlyLaterMigrationsRun(TestDatabase db) throws Exception {
		TestProject project = TestProject.withTwoMigrations(this.directory);
		db.execute("CREATE TABLE users (id bigint PRIMARY KEY, name text NOT NULL)");
		BaselineMojo baseline = project.goal(new BaselineMojo(), db);
		baseline.version = 1L;
		baseline.execute();
		assertThat(project.log).containsExactly("Baselined at version 1.");
		project.goal(new MigrateMojo(), db).execute();
		assertThat(db.tableExists("notes")).isTrue();
		assertThat(project.log).contains("up 000002 create_notes").doesNotContain("up 000001 create_users");
	}

}
