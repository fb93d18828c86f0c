package dev.migrator.execute;

import dev.migrator.source.Direction;
import dev.migrator.source.Migration;
import dev.migrator.source.MigrationScript;

/**
 * A migration to run in one direction.
 */
public record PlannedStep(Migration migration, Direction direction) {

	public MigrationScript script() {
		return (this.direction == Direction.UP) ? this.migration.up() : this.migration.down();
	}

}
