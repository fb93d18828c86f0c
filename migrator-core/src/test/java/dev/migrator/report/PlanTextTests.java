package dev.migrator.report;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.migrator.Operation;
import dev.migrator.Plan;
import dev.migrator.test.EmbeddedDatabaseTest;
import dev.migrator.test.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

@EmbeddedDatabaseTest
class PlanTextTests {

	@Test
	void eachStatementFollowsItsFilePositionAndTheLockItTakes(TestDatabase db, @TempDir Path directory) {
		Plan plan = new OrdersFolder(directory).migrator(db).plan(Operation.migrate());
		String first = plan.migrations().get(0).script();
		String second = plan.migrations().get(1).script();
		assertThat(PlanText.of(plan)).isEqualTo("""
				Version: none

				-- up 1 orders
				-- FIRST:1:1
				CREATE TABLE orders (id bigint PRIMARY KEY, status text);

				-- up 2 orders_status
				-- SECOND:1:1 (takes SHARE lock)
				CREATE INDEX orders_status_idx ON orders (status);"""
			.replace("FIRST", first)
			.replace("SECOND", second));
	}

	@Test
	void emptyFileShowsItsFindingThenThatOnlyItsHistoryRowChanges(TestDatabase db, @TempDir Path directory) {
		OrdersFolder orders = new OrdersFolder(directory);
		orders.migrator(db).migrate();
		orders.folder().up("000003_nothing_yet", "-- filled in by the next release\n");
		Plan plan = orders.migrator(db).plan(Operation.migrate());
		assertThat(PlanText.of(plan)).isEqualTo("""
				Version: 2

				-- up 3 nothing_yet
				-- warning [empty-migration] line 1: The up file has no SQL statement: it is applied and recorded \
				as a no-op.
				-- no statements (no-op): only its history row is recorded""");
	}

	@Test
	void nothingToRunIsSaid(TestDatabase db, @TempDir Path directory) {
		OrdersFolder orders = new OrdersFolder(directory);
		orders.migrator(db).migrate();
		assertThat(PlanText.of(orders.migrator(db).plan(Operation.migrate()))).isEqualTo("Version: 2\nNothing to run.");
	}

	@Test
	void dirtyDatabaseIsMarkedAsOneARunWouldRefuse(TestDatabase db, @TempDir Path directory) {
		OrdersFolder orders = new OrdersFolder(directory);
		orders.migrator(db).migrate();
		db.execute("UPDATE schema_migrations SET dirty = true WHERE version = 2");
		assertThat(PlanText.of(orders.migrator(db).plan(Operation.down(1))))
			.startsWith("Version: 2 (DIRTY: a run would refuse)\n");
	}

}
