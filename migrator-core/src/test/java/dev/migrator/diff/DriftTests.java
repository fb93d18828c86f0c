package dev.migrator.diff;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.migrator.DirtyDatabaseException;
import dev.migrator.Migrator;
import dev.migrator.MigratorConfig;
import dev.migrator.test.EmbeddedDatabaseTest;
import dev.migrator.test.MigrationFolder;
import dev.migrator.test.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@EmbeddedDatabaseTest
class DriftTests {

	@TempDir
	Path directory;

	MigrationFolder folder;

	@BeforeEach
	void folder() {
		this.folder = new MigrationFolder(this.directory);
		this.folder.pair("000001_orders", "CREATE TABLE orders (id bigint PRIMARY KEY, status varchar(20));",
				"DROP TABLE orders;");
		this.folder.pair("000002_notes", "CREATE TABLE notes (id bigint PRIMARY KEY, body text);",
				"DROP TABLE notes;");
	}

	@Test
	void databaseMigratedByMigratorHasNoDrift(TestDatabase live, TestDatabase scratch) {
		new Migrator(config(live)).migrate();
		DriftReport report = new Drift(config(live), scratch.dataSource()).check();
		assertThat(report.version()).isEqualTo(2L);
		assertThat(report.differences()).isEmpty();
		assertThat(report.clean()).isTrue();
	}

	@Test
	void indexAddedByHandIsReported(TestDatabase live, TestDatabase scratch) {
		new Migrator(config(live)).migrate();
		live.execute("CREATE INDEX orders_status_idx ON orders (status)");
		DriftReport report = new Drift(config(live), scratch.dataSource()).check();
		assertThat(report.differences()).singleElement()
			.asString()
			.startsWith("index public.orders_status_idx exists in the database but not in its migrations");
		assertThat(report.clean()).isFalse();
	}

	@Test
	void columnTypeChangedByHandIsReported(TestDatabase live, TestDatabase scratch) {
		new Migrator(config(live)).migrate();
		live.execute("ALTER TABLE orders ALTER COLUMN status TYPE text");
		DriftReport report = new Drift(config(live), scratch.dataSource()).check();
		assertThat(report.differences()).singleElement()
			.asString()
			.startsWith("column public.orders.status differs: in its migrations")
			.contains("character varying(20)")
			.contains("in the database 'text");
	}

	@Test
	void dirtyDatabaseIsRefusedNamingTheVersion(TestDatabase live, TestDatabase scratch) {
		new Migrator(config(live)).migrate();
		// what a non-transactional migration that failed half-way leaves
		live.execute("UPDATE schema_migrations SET dirty = true WHERE version = 2");
		assertThatExceptionOfType(DirtyDatabaseException.class)
			.isThrownBy(() -> new Drift(config(live), scratch.dataSource()).check())
			.withMessageContaining("dirty at version 2")
			.withMessageContaining("drift needs a clean history");
	}

	@Test
	void pendingMigrationsAreNotDrift(TestDatabase live, TestDatabase scratch) {
		new Migrator(config(live).toBuilder().target(1L).build()).migrate();
		DriftReport report = new Drift(config(live), scratch.dataSource()).check();
		assertThat(report.version()).isEqualTo(1L);
		assertThat(report.differences()).isEmpty();
		assertThat(report.clean()).isTrue();
	}

	@Test
	void appliedMigrationWithoutItsFileCannotBeChecked(TestDatabase live, TestDatabase scratch) {
		new Migrator(config(live)).migrate();
		this.folder.delete("000001_orders.up.sql").delete("000001_orders.down.sql");
		DriftReport report = new Drift(config(live), scratch.dataSource()).check();
		assertThat(report.uncheckable()).singleElement().asString().contains("migration 1").contains("cannot check");
		assertThat(report.differences()).isEmpty();
		assertThat(report.clean()).isFalse();
	}

	@Test
	void onScratchReplaysOnANewDatabaseOfTheDevServerAndDropsIt(TestDatabase live) {
		new Migrator(config(live)).migrate();
		live.execute("CREATE INDEX orders_status_idx ON orders (status)");
		DriftReport report = Drift.onScratch(config(live), live.url(), live.user(), live.password());
		assertThat(report.version()).isEqualTo(2L);
		assertThat(report.differences()).singleElement()
			.asString()
			.startsWith("index public.orders_status_idx exists in the database but not in its migrations");
		assertThat(scratchDatabases(live)).isEmpty();
	}

	@Test
	void onScratchRefusesADirtyDatabaseAndStillDropsTheScratchDatabase(TestDatabase live) {
		new Migrator(config(live)).migrate();
		live.execute("UPDATE schema_migrations SET dirty = true WHERE version = 2");
		assertThatExceptionOfType(DirtyDatabaseException.class)
			.isThrownBy(() -> Drift.onScratch(config(live), live.url(), live.user(), live.password()))
			.withMessageContaining("drift needs a clean history");
		assertThat(scratchDatabases(live)).isEmpty();
	}

	/** Sets share the database: replayed in order and compared once, a table of one set is no drift of another. */
	@Test
	void setsOfOneDatabaseAreReplayedInOrderAndComparedOnce(TestDatabase live, TestDatabase scratch) throws Exception {
		MigrationFolder audit = new MigrationFolder(Files.createDirectories(this.directory.resolve("audit")))
			.pair("000001_audit", "CREATE TABLE audit (order_id bigint REFERENCES orders, at timestamptz);",
					"DROP TABLE audit;");
		Map<String, MigratorConfig> sets = new LinkedHashMap<>();
		sets.put("app", config(live));
		sets.put("audit", config(live).toBuilder().locations(audit.location()).table("schema_migrations_audit").build());
		sets.values().forEach((set) -> new Migrator(set).migrate());
		live.execute("CREATE INDEX audit_at_idx ON audit (at)");

		SetsDriftReport report = new Drift(sets, scratch.dataSource()).checkSets();

		assertThat(report.versions()).containsExactly(Map.entry("app", 2L), Map.entry("audit", 1L));
		assertThat(report.differences()).singleElement()
			.asString()
			.startsWith("index public.audit_at_idx exists in the database but not in its migrations");
	}

	@Test
	void amongSeveralSetsAReasonNotToCheckNamesItsSet(TestDatabase live, TestDatabase scratch) throws Exception {
		MigrationFolder audit = new MigrationFolder(Files.createDirectories(this.directory.resolve("audit")))
			.pair("000001_audit", "CREATE TABLE audit (id bigint);", "DROP TABLE audit;");
		Map<String, MigratorConfig> sets = new LinkedHashMap<>();
		sets.put("app", config(live));
		sets.put("audit", config(live).toBuilder().locations(audit.location()).table("schema_migrations_audit").build());
		sets.values().forEach((set) -> new Migrator(set).migrate());
		audit.pair("000001_audit", "CREATE TABLE audit (id bigint, at timestamptz);", "DROP TABLE audit;");

		SetsDriftReport report = new Drift(sets, scratch.dataSource()).checkSets();

		assertThat(report.uncheckable()).containsExactly("set audit: migration 1 changed since it was applied: cannot check");
		assertThat(report.clean()).isFalse();
		live.execute("UPDATE schema_migrations_audit SET dirty = true");
		assertThatExceptionOfType(DirtyDatabaseException.class)
			.isThrownBy(() -> new Drift(sets, scratch.dataSource()).checkSets())
			.withMessageContaining("set audit: drift needs a clean history");
	}

	private static List<String> scratchDatabases(TestDatabase live) {
		return live.queryColumn("SELECT datname FROM pg_database WHERE datname LIKE 'migrator_verify_%'");
	}

	private MigratorConfig config(TestDatabase database) {
		return MigratorConfig.builder().dataSource(database.dataSource()).locations(this.folder.location()).build();
	}

}
