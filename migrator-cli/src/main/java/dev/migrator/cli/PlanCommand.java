package dev.migrator.cli;

import java.util.List;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

import dev.migrator.Migrator;
import dev.migrator.Operation;
import dev.migrator.Plan;
import dev.migrator.report.PlanText;

@Command(name = "plan", description = "Show the statements a run would execute, running nothing:"
		+ " plan [up [N] | down [N] | goto V] (default: up).")
class PlanCommand extends MigratorSubcommand {

	@Parameters(arity = "0..2", paramLabel = "OPERATION", description = "up [N], down [N] or goto V.")
	List<String> operation = List.of();

	@Override
	int run(Migrator migrator) {
		Plan plan = migrator.plan(operation());
		if (json()) {
			printJson(Views.PlanView.of(plan));
			return OK;
		}
		print(PlanText.of(plan));
		return OK;
	}

	private Operation operation() {
		if (this.operation.isEmpty()) {
			return Operation.migrate();
		}
		String verb = this.operation.get(0);
		String argument = (this.operation.size() > 1) ? this.operation.get(1) : null;
		try {
			return switch (verb) {
				case "up" -> (argument != null) ? Operation.up(Counts.parse(argument)) : Operation.migrate();
				case "down" -> Operation.down((argument != null) ? Counts.parse(argument) : 1);
				case "goto" -> {
					if (argument == null) {
						throw new ParameterException(this.spec.commandLine(), "plan goto needs a version: plan goto V");
					}
					yield Operation.gotoVersion(version(argument));
				}
				default -> throw new ParameterException(this.spec.commandLine(),
						"Unknown plan operation '" + verb + "': use up [N], down [N] or goto V");
			};
		}
		catch (TypeConversionException ex) {
			throw new ParameterException(this.spec.commandLine(), ex.getMessage());
		}
	}

	private static long version(String text) {
		try {
			return Long.parseLong(text);
		}
		catch (NumberFormatException ex) {
			throw new TypeConversionException("'" + text + "' is not a version");
		}
	}

}
