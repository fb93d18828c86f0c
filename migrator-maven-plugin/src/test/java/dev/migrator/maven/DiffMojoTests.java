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
class DiffMojoTests {

	@TempDir
	Path directory;

	@Test
	void writesTheMigrationFromTheMigrationsToTheSqlSchema(TestDatabase db) throws Exception {
		TestProject project = TestProject.withTwoMigrations(this.directory);
		Path schema = project.write("schema.sql", """
				CREATE TABLE users (id bigint PRIMARY KEY, name text NOT NULL);
				CREATE TABLE notes (id bigint PRIMARY KEY, body text NOT NULL, title text);
				""");
		DiffMojo diff = project.goal(new DiffMojo(), db);
		diff.name = "add_note_title";
		diff.to = List.of(this.directory.relativize(schema).toFile());
		diff.execute();
		Path up = project.migrations().directory().resolve("000003_add_note_title.up.sql");
		assertThat(Files.readString(up)).contains("ADD COLUMN").contains("title");
		assertThat(project.log).contains(up.toString());
		project.goal(new MigrateMojo(), db).execute();
		assertThat(db.queryColumn("SELECT column_name FROM information_schema.columns WHERE table_name = 'notes'"))
			.contains("title");
	}

	@Test
	void failsTheBuildWhenTheMigrationWouldDropData(TestDatabase db) {
		TestProject project = TestProject.withTwoMigrations(this.directory);
		Path schema = project.write("schema.sql", "CREATE TABLE users (id bigint PRIMARY KEY, name text NOT NULL);");
		DiffMojo diff = project.goal(new DiffMojo(), db);
		diff.name = "drop_notes";
		diff.to = List.of(schema.toFile());
		assertThatExceptionOfType(MojoFailureException.class).isThrownBy(diff::execute)
			.withMessageContaining("REFUSED")
			.withMessageEndingWith("Nothing written: see above.");
		assertThat(project.migrations().directory().resolve("000003_drop_notes.up.sql")).doesNotExist();
	}

}
