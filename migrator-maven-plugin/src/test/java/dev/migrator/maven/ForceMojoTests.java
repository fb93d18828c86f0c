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
class ForceMojoTests {

	@TempDir
	Path directory;

	@Test
	void recordsTheVersionAndClearsTheDirtyFlag(TestDatabase db) throws Exception {
		TestProject project = TestProject.withTwoMigrations(this.directory);
		project.goal(new MigrateMojo(), db).execute();
		db.execute("UPDATE schema_migrations SET dirty = true WHERE version = 2");
		assertThatExceptionOfType(MojoFailureException.class)
			.isThrownBy(() -> project.goal(new MigrateMojo(), db).execute())
			.withMessageContaining("force");
		ForceMojo force = project.goal(new ForceMojo(), db);
		force.version = 1L;
		force.execute();
		assertThat(project.log).contains("Forced version 1.");
		assertThat(db.queryColumn("SELECT version || ':' || dirty FROM schema_migrations ORDER BY version"))
			.containsExactly("1:false");
	}

}
