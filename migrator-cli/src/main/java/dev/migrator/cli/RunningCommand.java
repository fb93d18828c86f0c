package dev.migrator.cli;

import dev.migrator.MigrationListener;
import dev.migrator.MigrationResult;
import dev.migrator.MigrationStep;
import dev.migrator.Migrator;
import dev.migrator.MigratorConfig;
import dev.migrator.Operation;

/**
 * A command that applies or rolls back migrations: shows progress on a terminal and
 * reports what ran.
 */
abstract class RunningCommand extends MigratorSubcommand {

	@Override
	public Integer call() {
		MigratorConfig.Builder config = this.root.config(this.spec);
		if (System.console() != null && !json()) {
			config.listener(new ProgressListener());
		}
		return run(new Migrator(config.build()));
	}

	@Override
	int run(Migrator migrator) {
		MigrationResult result = migrator.run(operation());
		if (json()) {
			printJson(Views.ResultView.of(result));
		}
		else if (result.steps().isEmpty()) {
			print("No migration to run; the database is at version " + versionText(result.versionAfter()) + ".");
		}
		else {
			for (MigrationStep step : result.steps()) {
				print(Views.direction(step.direction()) + " " + step.version() + " " + step.description());
			}
			print("Ran " + result.steps().size() + " migration" + ((result.steps().size() == 1) ? "" : "s") + " in "
					+ result.executionMs() + " ms: version " + versionText(result.versionBefore()) + " -> "
					+ versionText(result.versionAfter()) + ".");
		}
		return OK;
	}

	abstract Operation operation();

	static String versionText(Long version) {
		return (version != null) ? version.toString() : "none";
	}

	/** Migration i of n, on the terminal. */
	private final class ProgressListener implements MigrationListener {

		@Override
		public void beforeMigration(int index, int count, MigrationStep step) {
			RunningCommand.this.root.err()
				.printf("[%d/%d] %s %d %s ...%n", index, count, Views.direction(step.direction()), step.version(),
						step.description());
			RunningCommand.this.root.err().flush();
		}

	}

}
