package dev.migrator.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import dev.migrator.Migrator;

@Command(name = "baseline", description = "Record an existing database as being at version V, running nothing.")
class BaselineCommand extends MigratorSubcommand {

	@Parameters(paramLabel = "V", description = "The version the existing schema corresponds to.")
	long version;

	@Override
	int run(Migrator migrator) {
		migrator.baseline(this.version);
		print(json() ? Json.write(java.util.Map.of("version", this.version))
				: "Baselined at version " + this.version + ".");
		return OK;
	}

}
