package dev.migrator.maven;

import java.nio.file.Path;
import java.util.List;

import javax.tools.ToolProvider;

import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.migrator.test.EmbeddedDatabaseTest;
import dev.migrator.test.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The entities' path through a stand-in for migrator-hibernate's entry point, compiled into
 * the project's classes: it creates the tables on the scratch database it is given and
 * records what it was called with.
 */
@EmbeddedDatabaseTest
class EntitiesSchemaTests {

	@TempDir
	Path directory;

	@Test
	void checkBuildsTheDesiredSchemaWithEntitySchemaCreateOnInTheProjectsClassLoader(TestDatabase db) throws Exception {
		TestProject project = TestProject.withTwoMigrations(this.directory);
		compileEntryPoint(project, "notes (id bigint PRIMARY KEY, body text NOT NULL)");
		CheckMojo check = project.goal(new CheckMojo(), db);
		check.application = "com.example.NotesApplication";
		check.execute();
		assertThat(project.log).containsExactly("No differences: the migrations give the desired schema.");
	}

	@Test
	void checkFailsWhenTheEntitiesHaveWhatTheMigrationsLack(TestDatabase db) throws Exception {
		TestProject project = TestProject.withTwoMigrations(this.directory);
		compileEntryPoint(project, "notes (id bigint PRIMARY KEY, body text NOT NULL, title text)");
		assertThatExceptionOfType(MojoFailureException.class).isThrownBy(project.goal(new CheckMojo(), db)::execute)
			.withMessageContaining("DIFF column public.notes.title");
	}

	/** Writes and compiles dev.migrator.hibernate.EntitySchema into the project's target/classes. */
	private static void compileEntryPoint(TestProject project, String notesTable) {
		Path source = project.write("entry/dev/migrator/hibernate/EntitySchema.java", """
				package dev.migrator.hibernate;

				public final class EntitySchema {

					public static void createOn(javax.sql.DataSource database, String applicationClassName,
							java.nio.file.Path classesDirectory) throws Exception {
						if (!"com.example.NotesApplication".equals(applicationClassName) && applicationClassName != null) {
							throw new IllegalArgumentException(applicationClassName);
						}
						if (!classesDirectory.endsWith(java.nio.file.Path.of("target", "classes"))) {
							throw new IllegalArgumentException(classesDirectory.toString());
						}
						try (java.sql.Connection connection = database.getConnection();
								java.sql.Statement statement = connection.createStatement()) {
							statement.execute("CREATE TABLE users (id bigint PRIMARY KEY, name text NOT NULL)");
							statement.execute("CREATE TABLE %s");
						}
					}

				}
				""".formatted(notesTable));
		int status = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d",
				project.directory("target/classes").toString(), source.toString());
		assertThat(status).isZero();
		assertThat(List.of(project.directory("target/classes").toFile().list())).contains("dev");
	}

}
