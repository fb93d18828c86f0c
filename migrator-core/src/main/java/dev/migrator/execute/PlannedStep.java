package dev.migrator.execute;

import dev.migrator.MigrationStep;
import dev.migrator.source.Direction;
import dev.migrator.source.Migration;
import dev.migrator.source.MigrationScript;

/**
 * A migration to run in one direction.
 */
public record PlannedStep(Migration migration, Direction direction) {

	/** The step as the API reports it. */
	public MigrationStep describe() {
		return new MigrationStep(this.migration.version(), this.migration.description(), this.direction,
				script().location());
	}

	public MigrationScript script() {
		return (this.direction == Direction.UP) ? this.migration.up() : this.migration.down();
	}

}
