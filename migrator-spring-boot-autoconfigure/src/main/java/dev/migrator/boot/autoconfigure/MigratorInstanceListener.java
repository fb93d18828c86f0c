package dev.migrator.boot.autoconfigure;

import dev.migrator.MigrationListener;

/**
 * A {@link MigrationListener} bean that says which instance it hears from (a metric's tag):
 * the runs of each {@code migrator.instances.<name>} are told to its copy for that instance,
 * those of the application's DataSource to the bean itself.
 */
public interface MigratorInstanceListener extends MigrationListener {

	MigrationListener forInstance(String instance);

}
