package dev.migrator.cli;

import java.util.List;
import java.util.Map;

import picocli.CommandLine.Command;

import dev.migrator.Migrator;
import dev.migrator.Problem;

@Command(name = "validate", description = "Check the files against the history (names, checksums, order, dirty"
		+ " state). Exits 1 when there is a problem. Changes nothing.")
class ValidateCommand extends MigratorSubcommand {

	@Override
	int run(Migrator migrator) {
		List<Problem> problems = migrator.validate();
		if (json()) {
			printJson(Map.of("problems", problems));
		}
		else if (problems.isEmpty()) {
			print("Valid: the files and the history agree.");
		}
		else {
			for (Problem problem : problems) {
				print("- " + problem.message());
			}
		}
		return problems.isEmpty() ? OK : ErrorHandler.FAILED;
	}

}
