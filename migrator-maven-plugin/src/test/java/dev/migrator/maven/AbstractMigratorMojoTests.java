package dev.migrator.maven;

import java.nio.file.Path;

import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.migrator.test.EmbeddedDatabaseTest;
import dev.migrator.test.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Where a goal's settings come from: its configuration or -D property, else application.properties. */
@EmbeddedDatabaseTest
class AbstractMigratorMojoTests {

	@TempDir
	Path directory;

	@Test
	void connectsWithTheAppsDataSourceWhenNothingIsConfigured(TestDatabase db) throws Exception {
		TestProject project = TestProject.withTwoMigrations(this.directory).applicationProperties("""
				spring.datasource.url=%s
				spring.datasource.username=%s
				spring.datasource.password=%s
				""".formatted(db.url(), db.user(), db.password()));
		project.goal(new MigrateMojo()).execute();
		assertThat(db.tableExists("notes")).isTrue();
	}

	@Test
	void prefersMigratorUrlToTheAppsDataSource(TestDatabase db) throws Exception {
		TestProject project = TestProject.withTwoMigrations(this.directory).applicationProperties("""
				spring.datasource.url=jdbc:postgresql://localhost:1/nowhere
				migrator.url=%s
				migrator.user=%s
				migrator.password=%s
				""".formatted(db.url(), db.user(), db.password()));
		project.goal(new MigrateMojo()).execute();
		assertThat(db.tableExists("notes")).isTrue();
	}

	@Test
	void prefersItsOwnConfigurationToApplicationProperties(TestDatabase db) throws Exception {
		TestProject project = TestProject.withTwoMigrations(this.directory).applicationProperties("""
				migrator.url=jdbc:postgresql://localhost:1/nowhere
				migrator.table=from_properties
				""");
		MigrateMojo migrate = project.goal(new MigrateMojo(), db);
		migrate.table = "from_pom";
		migrate.execute();
		assertThat(db.tableExists("from_pom")).isTrue();
		assertThat(db.tableExists("from_properties")).isFalse();
	}

	@Test
	void takesLocationsAndTableFromApplicationProperties(TestDatabase db) throws Exception {
		TestProject project = new TestProject(this.directory).applicationProperties("""
				migrator.locations=db/other
				migrator.table=history
				""");
		project.write("db/other/1_create_things.up.sql", "CREATE TABLE IF NOT EXISTS things (id bigint PRIMARY KEY);");
		project.write("db/other/1_create_things.down.sql", "DROP TABLE IF EXISTS things;");
		project.goal(new MigrateMojo(), db).execute();
		assertThat(db.tableExists("things")).isTrue();
		assertThat(db.queryColumn("SELECT version::text FROM history")).containsExactly("1");
	}

	@Test
	void refusesAPlaceholderOnlyTheRunningAppCanResolve() {
		TestProject project = TestProject.withTwoMigrations(this.directory)
			.applicationProperties("spring.datasource.url=${DATABASE_URL}\n");
		assertThatExceptionOfType(MojoExecutionException.class)
			.isThrownBy(() -> project.goal(new StatusMojo()).execute())
			.withMessageContaining("spring.datasource.url")
			.withMessageContaining("placeholder")
			.withMessageContaining("-Dmigrator.url");
	}

	@Test
	void refusesAnotherSetForAGoalThatWorksOnTheLocations() {
		TestProject project = TestProject.withTwoMigrations(this.directory);
		LintMojo lint = project.goal(new LintMojo());
		lint.set = "audit";
		assertThatExceptionOfType(MojoExecutionException.class).isThrownBy(lint::execute)
			.withMessageStartingWith("lint works on the locations, not on the set audit");
	}

	@Test
	void rejectsAMalformedLockTimeout(TestDatabase db) {
		TestProject project = TestProject.withTwoMigrations(this.directory);
		MigrateMojo migrate = project.goal(new MigrateMojo(), db);
		migrate.lockTimeout = "soon";
		assertThatExceptionOfType(MojoExecutionException.class).isThrownBy(migrate::execute)
			.withMessage("Invalid lockTimeout 'soon': use e.g. 30s, 500ms, 2m, PT1M or a number of seconds");
	}

}
