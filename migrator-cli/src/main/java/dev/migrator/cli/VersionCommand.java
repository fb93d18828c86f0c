package dev.migrator.cli;

import java.util.LinkedHashMap;
import java.util.Map;

import picocli.CommandLine.Command;

import dev.migrator.MigrationResult;
import dev.migrator.MigrationStatus;
import dev.migrator.Migrator;

@Command(name = "version", description = "Print the database's current migration version.")
class VersionCommand extends MigratorSubcommand {

	@Override
	int run(Migrator migrator) {
		MigrationStatus status = migrator.status();
		if (json()) {
			Map<String, Object> view = new LinkedHashMap<>();
			view.put("version", status.version());
			view.put("dirty", status.dirty());
			printJson(view);
		}
		else {
			print(MigrationResult.versionText(status.version()) + (status.dirty() ? " (dirty)" : ""));
		}
		return OK;
	}

}
