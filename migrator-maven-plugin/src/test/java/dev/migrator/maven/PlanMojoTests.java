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
class PlanMojoTests {

	@TempDir
	Path directory;

	@Test
	void showsTheStatementsOfEveryPendingMigrationAndRunsNothing(TestDatabase db) throws Exception {
		TestProject project = TestProject.withTwoMigrations(this.directory);
		project.goal(new PlanMojo(), db).execute();
		assertThat(project.log).startsWith("Version: none")
			.contains("-- up 1 create_users", "-- up 2 create_notes",
					"CREATE TABLE IF NOT EXISTS notes (id bigint PRIMARY KEY, body text NOT NULL);");
		assertThat(db.tableExists("schema_migrations")).isFalse();
		assertThat(db.tableExists("users")).isFalse();
	}

	@Test
	void plansARollBackOfCountMigrations(TestDatabase db) throws Exception {
		TestProject project = TestProject.withTwoMigrations(this.directory);
		project.goal(new MigrateMojo(), db).execute();
		project.log.clear();
		PlanMojo plan = project.goal(new PlanMojo(), db);
		plan.operation = "down 2";
		plan.execute();
		assertThat(project.log).contains("-- down 2 create_notes", "-- down 1 create_users", "DROP TABLE IF EXISTS users;");
		assertThat(db.tableExists("users")).isTrue();
	}

	@Test
	void refusesAnOperationItDoesNotKnow(TestDatabase db) {
		TestProject project = TestProject.withTwoMigrations(this.directory);
		PlanMojo plan = project.goal(new PlanMojo(), db);
		plan.operation = "sideways";
		assertThatExceptionOfType(MojoExecutionException.class).isThrownBy(plan::execute)
			.withMessage("Unknown plan operation 'sideways': use up [N], down [N] or goto V");
	}

}
