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
class DownMojoTests {

	@TempDir
	Path directory;

	@Test
	void rollsBackTheHighestAppliedMigrationByDefault(TestDatabase db) throws Exception {
		TestProject project = TestProject.withTwoMigrations(this.directory);
		project.goal(new MigrateMojo(), db).execute();
		project.log.clear();
		project.goal(new DownMojo(), db).execute();
		assertThat(db.tableExists("notes")).isFalse();
		assertThat(db.tableExists("users")).isTrue();
		assertThat(project.log.get(0)).isEqualTo("down 000002 create_notes");
		assertThat(project.log.get(1)).matches("Rolled back 1 migration in \\d+ ms: version 2 -> 1\\.");
	}

	@Test
	void rollsBackCountMigrationsAndSaysWhenNoneIsLeft(TestDatabase db) throws Exception {
		TestProject project = TestProject.withTwoMigrations(this.directory);
		project.goal(new MigrateMojo(), db).execute();
		DownMojo down = project.goal(new DownMojo(), db);
		down.count = 2;
		down.execute();
		assertThat(db.tableExists("users")).isFalse();
		project.log.clear();
		project.goal(new DownMojo(), db).execute();
		assertThat(project.log).containsExactly("Nothing to roll back: no migration is applied.");
	}

	@Test
	void refusesACountBelowOneAsConfiguration(TestDatabase db) {
		TestProject project = TestProject.withTwoMigrations(this.directory);
		DownMojo down = project.goal(new DownMojo(), db);
		down.count = 0;
		assertThatExceptionOfType(MojoExecutionException.class).isThrownBy(down::execute)
			.withMessageContaining("'0' is not a number of migrations");
	}

}
