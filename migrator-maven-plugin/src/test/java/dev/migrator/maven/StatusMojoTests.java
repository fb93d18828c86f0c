package dev.migrator.maven;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.migrator.test.EmbeddedDatabaseTest;
import dev.migrator.test.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

@EmbeddedDatabaseTest
class StatusMojoTests {

	@TempDir
	Path directory;

	@Test
	void listsAppliedAndPendingMigrationsAsTheCliDoes(TestDatabase db) throws Exception {
		TestProject project = TestProject.withTwoMigrations(this.directory);
		MigrateMojo migrate = project.goal(new MigrateMojo(), db);
		migrate.count = 1;
		migrate.execute();
		project.log.clear();
		project.goal(new StatusMojo(), db).execute();
		assertThat(project.log.get(0)).isEqualTo("Version: 1 (clean), 1 applied, 1 pending");
		assertThat(project.log).contains("VERSION  DESCRIPTION   APPLIED AT            STATE",
				"000002   create_notes                        pending");
		assertThat(project.output()).containsPattern("000001   create_users  \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\dZ  applied");
	}

	@Test
	void readsTheResourceFoldersInPlaceOfTheOutputFolder(TestDatabase db) throws Exception {
		TestProject project = TestProject.withTwoMigrations(this.directory);
		// process-resources copied the first two; the third is new since
		project.write("target/classes/db/migrations/000001_create_users.up.sql", "SELECT 1;");
		project.write("target/classes/db/migrations/000002_create_notes.up.sql", "SELECT 2;");
		project.migrations().pair("000003_create_tags", "CREATE TABLE IF NOT EXISTS tags (id bigint PRIMARY KEY);",
				"DROP TABLE IF EXISTS tags;");
		project.goal(new StatusMojo(), db).execute();
		assertThat(project.log.get(0)).isEqualTo("Version: none (clean), 0 applied, 3 pending");
	}

	@Test
	void reportsEverySetByNameWhenTheProjectDeclaresSeveral(TestDatabase db) throws Exception {
		TestProject project = TestProject.withTwoMigrations(this.directory);
		project.write("audit/000001_create_audit.up.sql", "CREATE TABLE IF NOT EXISTS audit (id bigint PRIMARY KEY);");
		project.write("audit/000001_create_audit.down.sql", "DROP TABLE IF EXISTS audit;");
		MigrateMojo migrate = project.goal(new MigrateMojo(), db);
		migrate.setLocations.put("audit", "audit");
		migrate.execute();
		assertThat(db.tableExists("audit")).isTrue();
		assertThat(db.queryColumn("SELECT version::text FROM schema_migrations_audit")).containsExactly("1");
		project.log.clear();
		StatusMojo status = project.goal(new StatusMojo(), db);
		status.setLocations.put("audit", "audit");
		status.execute();
		assertThat(project.output()).contains("Set audit (schema_migrations_audit)\nVersion: 1 (clean), 1 applied")
			.contains("Set app (schema_migrations)\nVersion: 2 (clean), 2 applied, 0 pending");
	}

}
