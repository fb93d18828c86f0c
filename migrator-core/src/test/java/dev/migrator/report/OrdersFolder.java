package dev.migrator.report;

import java.nio.file.Path;

import dev.migrator.Migrator;
import dev.migrator.MigratorConfig;
import dev.migrator.test.MigrationFolder;
import dev.migrator.test.TestDatabase;

/** The reports' fixture: a table, then an index on it, in a folder; and a {@link Migrator} over them. */
final class OrdersFolder {

	private final MigrationFolder folder;

	OrdersFolder(Path directory) {
		this.folder = new MigrationFolder(directory)
			.pair("000001_orders", "CREATE TABLE orders (id bigint PRIMARY KEY, status text);", "DROP TABLE orders;")
			.pair("000002_orders_status", "CREATE INDEX orders_status_idx ON orders (status);",
					"DROP INDEX orders_status_idx;");
	}

	MigrationFolder folder() {
		return this.folder;
	}

	Migrator migrator(TestDatabase db) {
		return new Migrator(
				MigratorConfig.builder().dataSource(db.dataSource()).locations(this.folder.location()).build());
	}

}
