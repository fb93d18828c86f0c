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
class GotoMojoTests {

	@TempDir
	Path directory;

	@Test
	void appliesAndRollsBackToTheGivenVersion(TestDatabase db) throws Exception {
		TestProject project = TestProject.withTwoMigrations(this.directory);
		GotoMojo up = project.goal(new GotoMojo(), db);
		up.version = 2L;
		up.execute();
		assertThat(db.tableExists("notes")).isTrue();
		GotoMojo down = project.goal(new GotoMojo(), db);
		down.version = 1L;
		down.execute();
		assertThat(db.tableExists("notes")).isFalse();
		assertThat(db.tableExists("users")).isTrue();
		assertThat(project.log).contains("down 000002 create_notes");
	}

	@Test
	void failsTheBuildForAVersionWithNoFile(TestDatabase db) {
		TestProject project = TestProject.withTwoMigrations(this.directory);
		GotoMojo goTo = project.goal(new GotoMojo(), db);
		goTo.version = 7L;
		assertThatExceptionOfType(MojoFailureException.class).isThrownBy(goTo::execute).withMessageContaining("7");
		assertThat(db.tableExists("users")).isFalse();
	}

}
