package dev.migrator.report;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.migrator.Operation;
import dev.migrator.test.EmbeddedDatabaseTest;
import dev.migrator.test.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

@EmbeddedDatabaseTest
class StatusTextTests {

	private static final String APPLIED_AT = "\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}Z";

	@Test
	void appliedAndPendingShareOneTableInColumnsTwoSpacesApart(TestDatabase db, @TempDir Path directory) {
		OrdersFolder orders = new OrdersFolder(directory);
		orders.migrator(db).run(Operation.up(1));
		assertThat(StatusText.of(orders.migrator(db).status()).lines()).satisfiesExactly(
				(line) -> assertThat(line).isEqualTo("Version: 1 (clean), 1 applied, 1 pending"),
				(line) -> assertThat(line).isEmpty(),
				(line) -> assertThat(line).isEqualTo("VERSION  DESCRIPTION    APPLIED AT            STATE"),
				(line) -> assertThat(line).matches("000001   orders         " + APPLIED_AT + "  applied"),
				(line) -> assertThat(line).isEqualTo("000002   orders_status                        pending"));
	}

	@Test
	void changedFileIsMarkedInTheTableAndListedUnderProblems(TestDatabase db, @TempDir Path directory) {
		OrdersFolder orders = new OrdersFolder(directory);
		orders.migrator(db).migrate();
		orders.folder().up("000002_orders_status", "CREATE INDEX orders_status_idx ON orders (status, id);");
		assertThat(StatusText.of(orders.migrator(db).status()).lines()).satisfiesExactly(
				(line) -> assertThat(line).isEqualTo("Version: 2 (clean), 2 applied, 0 pending"),
				(line) -> assertThat(line).isEmpty(),
				(line) -> assertThat(line).isEqualTo("VERSION  DESCRIPTION    APPLIED AT            STATE"),
				(line) -> assertThat(line).matches("000001   orders         " + APPLIED_AT + "  applied"),
				(line) -> assertThat(line).matches("000002   orders_status  " + APPLIED_AT + "  applied, file changed"),
				(line) -> assertThat(line).isEmpty(),
				(line) -> assertThat(line).isEqualTo("Problems:"),
				(line) -> assertThat(line).startsWith("  - ").contains("2"));
	}

	@Test
	void dirtyMigrationIsMarkedInTheVersionLineAndTheTable(TestDatabase db, @TempDir Path directory) {
		OrdersFolder orders = new OrdersFolder(directory);
		orders.migrator(db).migrate();
		db.execute("UPDATE schema_migrations SET dirty = true WHERE version = 2");
		String text = StatusText.of(orders.migrator(db).status());
		assertThat(text).startsWith("Version: 2 (DIRTY), 2 applied, 0 pending\n");
		assertThat(text.lines())
			.anySatisfy((line) -> assertThat(line).matches("000002 +orders_status +" + APPLIED_AT + "  DIRTY"));
	}

}
