package dev.migrator.cli;

import java.util.List;
import java.util.Map;

import picocli.CommandLine.Command;

import dev.migrator.Migrator;
import dev.migrator.Problem;

@Command(name = "validate", description = "Check everything up, down and goto would refuse before running: the"
		+ " history (dirty state, checksums, missing files, order), the files' names and pairing, and every up and down"
		+ " file's encoding, syntax, meta-commands, directives and transaction rules. Lists one problem a line and"
		+ " exits 1 when there is one. Changes nothing.")
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
