package dev.migrator.cli;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.migrator.MigrationListener;
import dev.migrator.MigrationResult;
import dev.migrator.MigrationStep;
import dev.migrator.Migrator;
import dev.migrator.Migrators;
import dev.migrator.Operation;
import dev.migrator.report.FileVersion;
import dev.migrator.report.ResultText;
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
		}
		else {
			printResult(operation, result);
		}
		return OK;
	}

	/** Runs the operation on every set in order, reporting each set's result under its name. */
	int runOnEverySet(Migrators migrators) {
		Operation operation = operation();
		Map<String, MigrationResult> results = migrators.run(operation);
		if (json()) {
			Map<String, Object> sets = new LinkedHashMap<>();
			results.forEach((name, result) -> sets.put(name, Views.ResultView.of(result)));
			printJson(Map.of("sets", sets));
			return OK;
		}
		results.forEach((name, result) -> {
			print("Set " + name + ":");
			printResult(operation, result);
		});
		return OK;
	}

	private void printResult(Operation operation, MigrationResult result) {
		print(ResultText.of(operation, result));
	}

	abstract Operation operation();

	/** Migration i of n, on the terminal, before each one starts: a slow one shows which it is. */
	private final class ProgressListener implements MigrationListener {

		@Override
		public void beforeMigration(int index, int count, MigrationStep step) {
			String action = (step.direction() == Direction.UP) ? "migrating" : "rolling back";
			RunningCommand.this.root.err()
				.printf("[%d/%d] %s %s %s ...%n", index, count, action, FileVersion.of(step.version(), step.script()), step.description());
			RunningCommand.this.root.err().flush();
		}

	}

}
