package dev.migrator.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import dev.migrator.Operation;

@Command(name = "goto", description = "Apply or roll back migrations until version V is the current one.")
class GotoCommand extends RunningCommand {

	@Parameters(paramLabel = "V", description = "The version to go to.")
	long version;

	@Override
	Operation operation() {
		return Operation.gotoVersion(this.version);
	}

}
