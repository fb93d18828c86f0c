package dev.migrator.report;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.migrator.MigrationResult;
import dev.migrator.Operation;
import dev.migrator.test.EmbeddedDatabaseTest;
import dev.migrator.test.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

@EmbeddedDatabaseTest
class ResultTextTests {

	@Test
	void migrateListsEachMigrationByItsFileVersionThenTheSummary(TestDatabase db, @TempDir Path directory) {
		MigrationResult result = new OrdersFolder(directory).migrator(db).run(Operation.migrate());
		assertThat(ResultText.of(Operation.migrate(), result)).isEqualTo("""
				up 000001 orders
				up 000002 orders_status
				%s.""".formatted(result.summary()));
		assertThat(result.summary()).startsWith("Migrated 2 migrations in ").endsWith("ms: version none -> 2");
	}

	@Test
	void migrateWithNothingPendingNamesTheVersion(TestDatabase db, @TempDir Path directory) {
		OrdersFolder orders = new OrdersFolder(directory);
		orders.migrator(db).migrate();
		MigrationResult result = orders.migrator(db).run(Operation.migrate());
		assertThat(ResultText.of(Operation.migrate(), result))
			.isEqualTo("No migration to run; the database is at version 2.");
	}

	@Test
	void downWithNothingAppliedSaysThereIsNothingToRollBack(TestDatabase db, @TempDir Path directory) {
		MigrationResult result = new OrdersFolder(directory).migrator(db).run(Operation.down(1));
		assertThat(ResultText.of(Operation.down(1), result)).isEqualTo("Nothing to roll back: no migration is applied.");
	}

	@Test
	void downListsTheRolledBackMigration(TestDatabase db, @TempDir Path directory) {
		OrdersFolder orders = new OrdersFolder(directory);
		orders.migrator(db).migrate();
		MigrationResult result = orders.migrator(db).run(Operation.down(1));
		assertThat(ResultText.of(Operation.down(1), result))
			.startsWith("down 000002 orders_status\nRolled back 1 migration in ");
	}

}
