package dev.migrator.maven;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.migrator.test.EmbeddedDatabaseTest;
import dev.migrator.test.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@EmbeddedDatabaseTest
class VerifyMojoTests {

	@TempDir
	Path directory;

	@Test
	void provesEveryMigrationReversesOnAScratchDatabaseOfTheServer(TestDatabase db) throws Exception {
		TestProject project = TestProject.withTwoMigrations(this.directory);
		project.goal(new VerifyMojo(), db).execute();
		assertThat(project.log).singleElement().asString().matches("Verified: 2 migrations reverse cleanly \\(\\d+ ms\\)\\.");
		assertThat(db.tableExists("users")).isFalse();
		assertThat(db.queryColumn("SELECT datname FROM pg_database WHERE datname LIKE 'migrator_verify_%'")).isEmpty();
	}

	@Test
	void failsTheBuildListingAMigrationThatDoesNotReverse(TestDatabase db) {
		TestProject project = TestProject.withTwoMigrations(this.directory);
		project.migrations().pair("000003_add_title", "ALTER TABLE notes ADD COLUMN title text;", "SELECT 1;");
		assertThatExceptionOfType(MojoFailureException.class)
			.isThrownBy(() -> project.goal(new VerifyMojo(), db).execute())
			.withMessageContaining("title")
			.satisfies((ex) -> assertThat(ex.getMessage().lines().toList()).last().asString()
				.startsWith("Verify failed: 1 failed, 2 passed of 3 checked"));
	}

}
