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
class RepairMojoTests {

	@TempDir
	Path directory;

	@Test
	void reRecordsTheChecksumOfAFileChangedOnPurpose(TestDatabase db) throws Exception {
		TestProject project = TestProject.withTwoMigrations(this.directory);
		project.goal(new MigrateMojo(), db).execute();
		project.migrations().up("000001_create_users",
				"-- a comment added later\nCREATE TABLE IF NOT EXISTS users (id bigint PRIMARY KEY, name text NOT NULL);");
		assertThatExceptionOfType(MojoFailureException.class)
			.isThrownBy(() -> project.goal(new ValidateMojo(), db).execute());
		project.goal(new RepairMojo(), db).execute();
		assertThat(project.log).contains("Re-recorded the checksums of versions [1].");
		project.goal(new ValidateMojo(), db).execute();
		project.log.clear();
		project.goal(new RepairMojo(), db).execute();
		assertThat(project.log).containsExactly("Nothing to repair.");
	}

}
