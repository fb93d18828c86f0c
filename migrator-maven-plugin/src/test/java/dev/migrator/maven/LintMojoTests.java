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

class LintMojoTests {

	@TempDir
	Path directory;

	@Test
	void saysSoWhenTheFilesHaveNoFinding() throws Exception {
		TestProject project = TestProject.withTwoMigrations(this.directory);
		project.goal(new LintMojo()).execute();
		assertThat(project.log).containsExactly("No findings.");
	}

	@Test
	void failsTheBuildWithEveryFindingWhenOneIsAnError() {
		TestProject project = TestProject.withTwoMigrations(this.directory);
		project.migrations().pair("000003_drop_notes", "DROP TABLE IF EXISTS notes;", "SELECT 1;");
		assertThatExceptionOfType(MojoFailureException.class)
			.isThrownBy(() -> project.goal(new LintMojo()).execute())
			.withMessageContaining("drop-table")
			.withMessageContaining("000003_drop_notes.up.sql")
			.withMessageEndingWith("1 error, 0 warnings.");
	}

	@Test
	void lintsOnlyTheFilesGiven() throws Exception {
		TestProject project = TestProject.withTwoMigrations(this.directory);
		project.migrations().pair("000003_drop_notes", "DROP TABLE IF EXISTS notes;", "SELECT 1;");
		LintMojo lint = project.goal(new LintMojo());
		lint.files = List.of(Path.of("src/main/resources/db/migrations/000001_create_users.up.sql").toFile());
		lint.execute();
		assertThat(project.log).containsExactly("No findings.");
	}

	@Test
	void takesTheSeveritiesOfItsConfiguration() throws Exception {
		TestProject project = TestProject.withTwoMigrations(this.directory);
		project.migrations().pair("000003_drop_notes", "DROP TABLE IF EXISTS notes;", "SELECT 1;");
		LintMojo lint = project.goal(new LintMojo());
		lint.severities.put("drop-table", "warning");
		lint.execute();
		assertThat(project.log).last().isEqualTo("0 errors, 1 warning.");
	}

	@Test
	void refusesASeverityItDoesNotKnow() {
		TestProject project = TestProject.withTwoMigrations(this.directory);
		LintMojo lint = project.goal(new LintMojo());
		lint.severities.put("drop-table", "loud");
		assertThatExceptionOfType(MojoExecutionException.class).isThrownBy(lint::execute)
			.withMessage("Invalid severity 'loud' for rule drop-table: use error, warning or off");
	}

}
