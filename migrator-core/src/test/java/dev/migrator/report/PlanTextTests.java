package dev.migrator.report;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.migrator.Migrator;
import dev.migrator.MigratorConfig;
import dev.migrator.Operation;
import dev.migrator.Plan;
import dev.migrator.test.EmbeddedDatabaseTest;
import dev.migrator.test.MigrationFolder;
import dev.migrator.test.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

@EmbeddedDatabaseTest
class PlanTextTests {

	@TempDir
	Path directory;

	MigrationFolder folder;

	@BeforeEach
	void folder() {
		this.folder = new MigrationFolder(this.directory);
		this.folder.pair("000001_orders", "CREATE TABLE orders (id bigint PRIMARY KEY, status text);",
				"DROP TABLE orders;");
		this.folder.pair("000002_orders_status", "CREATE INDEX orders_status_idx ON orders (status);",
				"DROP INDEX orders_status_idx;");
	}

	@Test
	void eachStatementFollowsItsFilePositionAndTheLockItTakes(TestDatabase db) {
		Plan plan = migrator(db).plan(Operation.migrate());
		String first = plan.migrations().get(0).script();
		String second = plan.migrations().get(1).script();
		assertThat(PlanText.of(plan)).isEqualTo("""
				Version: none

				-- up 1 orders
				-- FIRST:1:1
				CREATE TABLE orders (id bigint PRIMARY KEY, status text);

				-- up 2 orders_status
				-- SECOND:1:1 (takes SHARE lock)
				CREATE INDEX orders_status_idx ON orders (status);""".replace("FIRST", first).replace("SECOND", second));
	}

	@Test
	void nothingToRunIsSaid(TestDatabase db) {
		migrator(db).migrate();
		assertThat(PlanText.of(migrator(db).plan(Operation.migrate()))).isEqualTo("Version: 2\nNothing to run.");
	}

	@Test
	void dirtyDatabaseIsMarkedAsOneARunWouldRefuse(TestDatabase db) {
		migrator(db).migrate();
		db.execute("UPDATE schema_migrations SET dirty = true WHERE version = 2");
		assertThat(PlanText.of(migrator(db).plan(Operation.down(1))))
			.startsWith("Version: 2 (DIRTY: a run would refuse)\n");
	}

	private Migrator migrator(TestDatabase db) {
		return new Migrator(MigratorConfig.builder().dataSource(db.dataSource()).locations(this.folder.location()).build());
	}

}
