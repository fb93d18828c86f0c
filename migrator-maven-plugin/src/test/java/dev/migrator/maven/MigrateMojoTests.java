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
class MigrateMojoTests {

	@TempDir
	Path directory;

	@Test
	void appliesEveryPendingMigrationAndSaysWhatRan(TestDatabase db) throws Exception {
		TestProject project = TestProject.withTwoMigrations(this.directory);
		project.goal(new MigrateMojo(), db).execute();
		assertThat(db.tableExists("users")).isTrue();
		assertThat(db.tableExists("notes")).isTrue();
		assertThat(db.queryColumn("SELECT version::text FROM schema_migrations ORDER BY version")).containsExactly("1", "2");
		assertThat(project.log).startsWith("up 000001 create_users", "up 000002 create_notes");
		assertThat(project.log.get(2)).matches("Migrated 2 migrations in \\d+ ms: version none -> 2\\.");
	}

	@Test
	void appliesOnlyTheNextCountMigrations(TestDatabase db) throws Exception {
		TestProject project = TestProject.withTwoMigrations(this.directory);
		MigrateMojo migrate = project.goal(new MigrateMojo(), db);
		migrate.count = 1;
		migrate.execute();
		assertThat(db.tableExists("users")).isTrue();
		assertThat(db.tableExists("notes")).isFalse();
	}

	@Test
	void failsTheBuildWithTheEngineMessageWhenAMigrationFails(TestDatabase db) {
		TestProject project = TestProject.withTwoMigrations(this.directory);
		project.migrations().pair("000003_broken", "CREATE TABLE IF NOT EXISTS broken (id bigint PRIMARY KEY);\nSELECT * FROM missing;",
				"DROP TABLE IF EXISTS broken;");
		assertThatExceptionOfType(MojoFailureException.class)
			.isThrownBy(() -> project.goal(new MigrateMojo(), db).execute())
			.withMessageContaining("000003_broken.up.sql")
			.withMessageContaining("42P01");
		assertThat(db.tableExists("broken")).isFalse();
		assertThat(db.queryColumn("SELECT max(version)::text FROM schema_migrations")).containsExactly("2");
	}

	@Test
	void runsOnlyTheSetItNames(TestDatabase db) throws Exception {
		TestProject project = TestProject.withTwoMigrations(this.directory);
		project.write("audit/000001_create_audit.up.sql", "CREATE TABLE IF NOT EXISTS audit (id bigint PRIMARY KEY);");
		project.write("audit/000001_create_audit.down.sql", "DROP TABLE IF EXISTS audit;");
		MigrateMojo migrate = project.goal(new MigrateMojo(), db);
		migrate.setLocations.put("audit", "audit");
		migrate.set = "audit";
		migrate.execute();
		assertThat(db.tableExists("audit")).isTrue();
		assertThat(db.tableExists("users")).isFalse();
	}

	@Test
	void asksWhichSetACountConcernsWhenThereAreSeveral(TestDatabase db) {
		TestProject project = TestProject.withTwoMigrations(this.directory);
		project.directory("audit");
		MigrateMojo migrate = project.goal(new MigrateMojo(), db);
		migrate.setLocations.put("audit", "audit");
		migrate.count = 1;
		assertThatExceptionOfType(MojoExecutionException.class).isThrownBy(migrate::execute)
			.withMessage("A count of 1 migrations concerns one set; say which with -Dmigrator.set=NAME (the sets are"
					+ " [audit, app])");
	}

	@Test
	void isAnErrorOfConfigurationWithoutADatabase() {
		TestProject project = TestProject.withTwoMigrations(this.directory);
		assertThatExceptionOfType(MojoExecutionException.class)
			.isThrownBy(() -> project.goal(new MigrateMojo()).execute())
			.withMessageStartingWith("No database given: configure <url> in the plugin, pass -Dmigrator.url=");
	}

}
