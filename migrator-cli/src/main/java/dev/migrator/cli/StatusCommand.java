package dev.migrator.cli;

import java.util.Map;

import picocli.CommandLine.Command;

import dev.migrator.MigrationStatus;
import dev.migrator.Migrator;
import dev.migrator.Migrators;
import dev.migrator.report.StatusText;

@Command(name = "status", description = "Show the version, applied and pending migrations, those a newer release"
		+ " applied, and any problem."
		+ " Changes nothing and never waits for the lock.")
class StatusCommand extends MigratorSubcommand {

	@Override
	int run(Migrator migrator) {
		MigrationStatus status = migrator.status();
		if (json()) {
			printJson(status);
		}
		else {
			printStatus(status);
		}
		return OK;
	}

	/** One block per set, in the order they run; in JSON, each set's status under its name. */
	@Override
	int runSets(Migrators migrators) {
		Map<String, MigrationStatus> statuses = migrators.status();
		if (json()) {
			printJson(Map.of("sets", statuses));
			return OK;
		}
		statuses.forEach((name, status) -> {
			print("Set " + name + " (" + migrators.migrator(name).config().table() + ")");
			printStatus(status);
			print("");
		});
		return OK;
	}

	private void printStatus(MigrationStatus status) {
		print(StatusText.of(status));
	}

}
