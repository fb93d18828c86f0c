package dev.migrator.cli;

import dev.migrator.MigrationListener;
import dev.migrator.MigrationResult;
import dev.migrator.MigrationStep;
import dev.migrator.Migrator;
import dev.migrator.Operation;
import dev.migrator.source.Direction;

/**
 * A command that applies or rolls back migrations: shows progress on a terminal and
 * reports what ran.
 */
abstract class RunningCommand extends MigratorSubcommand {

	@Override
	MigrationListener listener() {
		return (this.root.terminal.getAsBoolean() && !json()) ? new ProgressListener() : MigrationListener.NONE;
	}

	@Override
	int run(Migrator migrator) {
		Operation operation = operation();
		MigrationResult result = migrator.run(operation);
		if (json()) {
			printJson(Views.ResultView.of(result));
			return OK;
		}
		if (operation.resume() && !result.resumed()) {
			print("Nothing to resume: the database is not dirty; ran pending migrations as up.");
		}
		if (result.steps().isEmpty() && operation.kind() == Operation.Kind.DOWN && result.versionAfter() == null) {
			print("Nothing to roll back: no migration is applied.");
		}
		else if (result.steps().isEmpty()) {
			print("No migration to run; the database is at version "
					+ MigrationResult.versionText(result.versionAfter()) + ".");
		}
		else {
			for (MigrationStep step : result.steps()) {
				print(Views.direction(step.direction()) + " " + Views.fileVersion(step) + " " + step.description());
			}
			print(result.summary() + ".");
		}
		return OK;
	}

	abstract Operation operation();

	/** Migration i of n, on the terminal, before each one starts: a slow one shows which it is. */
	private final class ProgressListener implements MigrationListener {

		@Override
		public void beforeMigration(int index, int count, MigrationStep step) {
			String action = (step.direction() == Direction.UP) ? "migrating" : "rolling back";
			RunningCommand.this.root.err()
				.printf("[%d/%d] %s %s %s ...%n", index, count, action, Views.fileVersion(step), step.description());
			RunningCommand.this.root.err().flush();
		}

	}

}
