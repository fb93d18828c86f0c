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
class CheckMojoTests {

	@TempDir
	Path directory;

	@Test
	void passesWhenTheMigrationsGiveTheDesiredSchema(TestDatabase db) throws Exception {
		TestProject project = TestProject.withTwoMigrations(this.directory);
		CheckMojo check = project.goal(new CheckMojo(), db);
		check.to = List.of(project.write("schema.sql", """
				CREATE TABLE users (id bigint PRIMARY KEY, name text NOT NULL);
				CREATE TABLE notes (id bigint PRIMARY KEY, body text NOT NULL);
				""").toFile());
		check.execute();
		assertThat(project.log).containsExactly("No differences: the migrations give the desired schema.");
	}

	@Test
	void failsTheBuildListingTheDifferencesAndWritesNothing(TestDatabase db) throws Exception {
		TestProject project = TestProject.withTwoMigrations(this.directory);
		CheckMojo check = project.goal(new CheckMojo(), db);
		check.to = List.of(project.write("schema.sql", """
				CREATE TABLE users (id bigint PRIMARY KEY, name text NOT NULL);
				CREATE TABLE notes (id bigint PRIMARY KEY, body text NOT NULL, title text);
				""").toFile());
		assertThatExceptionOfType(MojoFailureException.class).isThrownBy(check::execute)
			.withMessageStartingWith("DIFF ")
			.withMessageContaining("title")
			.withMessageNotContaining("Nothing written");
		try (var files = Files.list(project.migrations().directory())) {
			assertThat(files).hasSize(4);
		}
	}

	@Test
	void isAnErrorOfConfigurationWhenTheSchemaFileIsMissing(TestDatabase db) {
		TestProject project = TestProject.withTwoMigrations(this.directory);
		CheckMojo check = project.goal(new CheckMojo(), db);
		check.to = List.of(project.file("missing.sql"));
		assertThatExceptionOfType(MojoExecutionException.class).isThrownBy(check::execute)
			.withMessageContaining("missing.sql");
	}

	@Test
	void isABuildErrorNamingTheEntryPointWhenMigratorHibernateIsOnNoClassPath(TestDatabase db) {
		TestProject project = TestProject.withTwoMigrations(this.directory);
		assertThatExceptionOfType(MojoExecutionException.class)
			.isThrownBy(() -> project.goal(new CheckMojo(), db).execute())
			.withMessageContaining(EntitiesSchema.ENTRY_POINT + " is on neither the project's class path nor the plugin's")
			.withMessageContaining("-Dmigrator.to=schema.sql");
	}

}
