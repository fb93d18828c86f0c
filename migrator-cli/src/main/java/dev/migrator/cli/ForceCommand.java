package dev.migrator.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import dev.migrator.Migrator;

@Command(name = "force", description = "Record version V as current and clear the dirty flag, running nothing"
		+ " (-1: no version). Use after fixing a failed migration by hand.")
class ForceCommand extends MigratorSubcommand {

	@Parameters(paramLabel = "V", description = "The version the schema is at.")
	long version;

	@Override
	int run(Migrator migrator) {
		migrator.force(this.version);
		print(json() ? Json.write(java.util.Map.of("version", this.version)) : "Forced version " + this.version + ".");
		return OK;
	}

}
