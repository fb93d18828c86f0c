package dev.migrator.cli;

import java.util.List;
import java.util.Map;

import picocli.CommandLine.Command;

import dev.migrator.Migrator;

@Command(name = "repair", description = "Record the current checksums of applied migrations whose files changed on purpose.")
class RepairCommand extends MigratorSubcommand {

	@Override
	int run(Migrator migrator) {
		List<Long> repaired = migrator.repair();
		if (json()) {
			printJson(Map.of("repaired", repaired));
		}
		else {
			print(repaired.isEmpty() ? "Nothing to repair." : "Re-recorded the checksums of versions " + repaired + ".");
		}
		return OK;
	}

}
