package dev.migrator.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import dev.migrator.Operation;

@Command(name = "down", description = "Roll back the N highest applied migrations (default 1).")
class DownCommand extends RunningCommand {

	@Parameters(arity = "0..1", paramLabel = "N", defaultValue = "1", converter = Counts.class,
			description = "How many migrations to roll back.")
	int count;

	@Override
	Operation operation() {
		return Operation.down(this.count);
	}

}
