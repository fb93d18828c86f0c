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
class ValidateMojoTests {

	@TempDir
	Path directory;

	@Test
	void saysTheFilesAndTheHistoryAgree(TestDatabase db) throws Exception {
		TestProject project = TestProject.withTwoMigrations(this.directory);
		project.goal(new ValidateMojo(), db).execute();
		assertThat(project.log).containsExactly("Valid: the files and the history agree.");
	}

	@Test
	void failsTheBuildListingTheProblemsOneALine(TestDatabase db) throws Exception {
		TestProject project = TestProject.withTwoMigrations(this.directory);
		project.goal(new MigrateMojo(), db).execute();
		project.migrations().up("000001_create_users", "CREATE TABLE IF NOT EXISTS users (id bigint PRIMARY KEY);");
		assertThatExceptionOfType(MojoFailureException.class)
			.isThrownBy(() -> project.goal(new ValidateMojo(), db).execute())
			.withMessage("- classpath:db/migrations/000001_create_users.up.sql changed after migration 1 was applied."
					+ " Revert the edit and put the change in a new migration, or, if the edit is intended (a comment,"
					+ " a formatting fix), run repair to record the new checksum.");
	}

}
