package dev.migrator.execute;

import dev.migrator.MigrationStep;
import dev.migrator.source.Direction;
import dev.migrator.source.Migration;
import dev.migrator.source.MigrationScript;

/**
 * A migration to run in one direction: from its first statement, or, resumed, after the
 * statements of a dirty non-transactional migration that its history row records as done.
 *
 * @param migration the migration
 * @param direction up or down
 * @param statementsDone for a resumed migration how many of its statements are done,
 * {@code null} for one that starts
 */
record PlannedStep(Migration migration, Direction direction, Integer statementsDone) {

	public PlannedStep(Migration migration, Direction direction) {
		this(migration, direction, null);
	}

	/** The dirty migration, up, continued after its first {@code statementsDone} statements. */
	static PlannedStep resume(Migration migration, int statementsDone) {
		return new PlannedStep(migration, Direction.UP, statementsDone);
	}

	/** Whether the step continues a dirty migration: its history row exists already. */
	public boolean resumed() {
		return this.statementsDone != null;
	}

	/** The step as the API reports it. */
	public MigrationStep describe() {
		return new MigrationStep(this.migration.version(), this.migration.description(), this.direction,
				script().location());
	}

	public MigrationScript script() {
		return (this.direction == Direction.UP) ? this.migration.up() : this.migration.down();
	}

}
