package dev.migrator.report;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.migrator.MigrationResult;
import dev.migrator.Migrator;
import dev.migrator.MigratorConfig;
import dev.migrator.Operation;
import dev.migrator.test.EmbeddedDatabaseTest;
import dev.migrator.test.MigrationFolder;
import dev.migrator.test.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

@EmbeddedDatabaseTest
class ResultTextTests {

	@TempDir
	Path directory;

	MigrationFolder folder;

	@BeforeEach
	void folder() {
		this.folder = new MigrationFolder(this.directory);
		this.folder.pair("000001_orders", "CREATE TABLE orders (id bigint PRIMARY KEY);", "DROP TABLE orders;");
		this.folder.pair("000002_notes", "CREATE TABLE notes (id bigint PRIMARY KEY);", "DROP TABLE notes;");
	}

	@Test
	void migrateListsEachMigrationByItsFileVersionThenTheSummary(TestDatabase db) {
		MigrationResult result = migrator(db).run(Operation.migrate());
		assertThat(ResultText.of(Operation.migrate(), result)).isEqualTo("""
				up 000001 orders
				up 000002 notes
				%s.""".formatted(result.summary()));
		assertThat(result.summary()).startsWith("Migrated 2 migrations in ").endsWith("ms: version none -> 2");
	}

	@Test
	void migrateWithNothingPendingNamesTheVersion(TestDatabase db) {
		migrator(db).migrate();
		MigrationResult result = migrator(db).run(Operation.migrate());
		assertThat(ResultText.of(Operation.migrate(), result))
			.isEqualTo("No migration to run; the database is at version 2.");
	}

	@Test
	void downWithNothingAppliedSaysThereIsNothingToRollBack(TestDatabase db) {
		MigrationResult result = migrator(db).run(Operation.down(1));
		assertThat(ResultText.of(Operation.down(1), result)).isEqualTo("Nothing to roll back: no migration is applied.");
	}

	@Test
	void downListsTheRolledBackMigration(TestDatabase db) {
		migrator(db).migrate();
		MigrationResult result = migrator(db).run(Operation.down(1));
		assertThat(ResultText.of(Operation.down(1), result)).startsWith("down 000002 notes\nRolled back 1 migration in ");
	}

	private Migrator migrator(TestDatabase db) {
		return new Migrator(MigratorConfig.builder().dataSource(db.dataSource()).locations(this.folder.location()).build());
	}

}
