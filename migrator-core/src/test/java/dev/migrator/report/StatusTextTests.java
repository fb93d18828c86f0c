package dev.migrator.report;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.migrator.Migrator;
import dev.migrator.MigratorConfig;
import dev.migrator.Operation;
import dev.migrator.test.EmbeddedDatabaseTest;
import dev.migrator.test.MigrationFolder;
import dev.migrator.test.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

@EmbeddedDatabaseTest
class StatusTextTests {

	private static final String APPLIED_AT = "\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}Z";

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
	void emptyDatabaseWithNoFilesIsOneLine(TestDatabase db) {
		this.folder.delete("000001_orders.up.sql").delete("000001_orders.down.sql");
		this.folder.delete("000002_notes.up.sql").delete("000002_notes.down.sql");
		assertThat(StatusText.of(migrator(db).status())).isEqualTo("Version: none (clean), 0 applied, 0 pending");
	}

	@Test
	void appliedAndPendingShareOneTableInColumnsTwoSpacesApart(TestDatabase db) {
		migrator(db).run(Operation.up(1));
		assertThat(StatusText.of(migrator(db).status()).lines()).satisfiesExactly(
				(line) -> assertThat(line).isEqualTo("Version: 1 (clean), 1 applied, 1 pending"),
				(line) -> assertThat(line).isEmpty(),
				(line) -> assertThat(line).isEqualTo("VERSION  DESCRIPTION  APPLIED AT            STATE"),
				(line) -> assertThat(line).matches("000001   orders       " + APPLIED_AT + "  applied"),
				(line) -> assertThat(line).isEqualTo("000002   notes                              pending"));
	}

	@Test
	void changedFileIsMarkedInTheTableAndListedUnderProblems(TestDatabase db) {
		migrator(db).migrate();
		this.folder.up("000002_notes", "CREATE TABLE notes (id bigint PRIMARY KEY, body text);");
		assertThat(StatusText.of(migrator(db).status()).lines()).satisfiesExactly(
				(line) -> assertThat(line).isEqualTo("Version: 2 (clean), 2 applied, 0 pending"),
				(line) -> assertThat(line).isEmpty(),
				(line) -> assertThat(line).isEqualTo("VERSION  DESCRIPTION  APPLIED AT            STATE"),
				(line) -> assertThat(line).matches("000001   orders       " + APPLIED_AT + "  applied"),
				(line) -> assertThat(line).matches("000002   notes        " + APPLIED_AT + "  applied, file changed"),
				(line) -> assertThat(line).isEmpty(),
				(line) -> assertThat(line).isEqualTo("Problems:"),
				(line) -> assertThat(line).startsWith("  - ").contains("2"));
	}

	@Test
	void dirtyMigrationIsMarkedInTheVersionLineAndTheTable(TestDatabase db) {
		migrator(db).migrate();
		db.execute("UPDATE schema_migrations SET dirty = true WHERE version = 2");
		String text = StatusText.of(migrator(db).status());
		assertThat(text).startsWith("Version: 2 (DIRTY), 2 applied, 0 pending\n");
		assertThat(text.lines()).anySatisfy((line) -> assertThat(line).matches("000002 +notes +" + APPLIED_AT + "  DIRTY"));
	}

	private Migrator migrator(TestDatabase db) {
		return new Migrator(MigratorConfig.builder().dataSource(db.dataSource()).locations(this.folder.location()).build());
	}

}
