package dev.migrator;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.migrator.test.EmbeddedDatabaseTest;
import dev.migrator.test.MigrationFolder;
import dev.migrator.test.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@EmbeddedDatabaseTest
class GolangMigrateAdoptionTests {

	@TempDir
	Path directory;

	@Test
	void golangMigrateTableIsAdoptedInPlaceKeepingItsVersionAndExtraColumns(TestDatabase db) {
		MigrationFolder folder = folder();
		db.execute("CREATE TABLE users (id bigint PRIMARY KEY)");
		db.execute("CREATE TABLE notes (id bigint PRIMARY KEY)");
		db.execute("CREATE TABLE schema_migrations (version bigint NOT NULL PRIMARY KEY, dirty boolean NOT NULL)");
		db.execute("ALTER TABLE schema_migrations ADD COLUMN deployed_by text DEFAULT 'ci'");
		db.execute("INSERT INTO schema_migrations (version, dirty) VALUES (2, false)");
		Migrator migrator = new Migrator(
				MigratorConfig.builder().dataSource(db.dataSource()).locations(folder.location()).build());
		MigrationStatus before = migrator.status();
		assertThat(before.version()).isEqualTo(2L);
		assertThat(before.applied()).extracting(AppliedMigration::version).containsExactly(1L, 2L);
		assertThat(before.pending()).extracting(PendingMigration::version).containsExactly(3L);
		assertThat(migrator.migrate().steps()).extracting(MigrationStep::version).containsExactly(3L);
		assertThat(db.queryColumn("SELECT version || ':' || description || ':' || deployed_by"
				+ " FROM schema_migrations ORDER BY version"))
			.containsExactly("1:create_users:ci", "2:create_notes:ci", "3:add_title:ci");
		assertThat(migrator.down(1).versionAfter()).isEqualTo(2L);
	}

	@Test
	void dirtyGolangMigrateTableStaysDirty(TestDatabase db) {
		db.execute("CREATE TABLE users (id bigint PRIMARY KEY)");
		db.execute("CREATE TABLE notes (id bigint PRIMARY KEY)");
		db.execute("CREATE TABLE schema_migrations (version bigint NOT NULL PRIMARY KEY, dirty boolean NOT NULL)");
		db.execute("INSERT INTO schema_migrations (version, dirty) VALUES (2, true)");
		Migrator migrator = new Migrator(
				MigratorConfig.builder().dataSource(db.dataSource()).locations(folder().location()).build());
		assertThat(migrator.status().dirty()).isTrue();
		assertThatExceptionOfType(DirtyDatabaseException.class).isThrownBy(migrator::migrate)
			.withMessageContaining("force 2");
		migrator.force(2);
		assertThat(migrator.migrate().versionAfter()).isEqualTo(3L);
	}

	private MigrationFolder folder() {
		return new MigrationFolder(this.directory)
			.pair("1_create_users", "CREATE TABLE users (id bigint PRIMARY KEY);", "DROP TABLE users;")
			.pair("2_create_notes", "CREATE TABLE notes (id bigint PRIMARY KEY);", "DROP TABLE notes;")
			.pair("3_add_title", "ALTER TABLE notes ADD COLUMN title text;", "ALTER TABLE notes DROP COLUMN title;");
	}

}
