package dev.migrator.boot.autoconfigure;

import dev.migrator.Migrator;

/**
 * What to do with each migration set on startup, instead of migrating it: for example validate
 * only, or plan and log. Declare one as a bean to replace the default {@code migrate()}.
 */
@FunctionalInterface
public interface MigratorMigrationStrategy {

	void migrate(Migrator migrator);

}
