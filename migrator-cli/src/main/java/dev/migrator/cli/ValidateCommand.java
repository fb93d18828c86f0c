package dev.migrator.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import picocli.CommandLine.Command;

import dev.migrator.Migrator;
import dev.migrator.Migrators;
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
		else {
			printProblems(problems, "");
		}
		return problems.isEmpty() ? OK : ErrorHandler.FAILED;
	}

	/** Every set's problems, by set; fails when any set has one. */
	@Override
	int runSets(Migrators migrators) {
		Map<String, List<Problem>> problems = migrators.validate();
		if (json()) {
			Map<String, Object> sets = new LinkedHashMap<>();
			problems.forEach((name, found) -> sets.put(name, Map.of("problems", found)));
			printJson(Map.of("sets", sets));
		}
		else {
			problems.forEach((name, found) -> printProblems(found, "Set " + name + ": "));
		}
		return problems.values().stream().allMatch(List::isEmpty) ? OK : ErrorHandler.FAILED;
	}

	private void printProblems(List<Problem> problems, String set) {
		if (problems.isEmpty()) {
			print(set + "Valid: the files and the history agree.");
			return;
		}
		if (!set.isEmpty()) {
			print(set);
		}
		for (Problem problem : problems) {
			print("- " + problem.message());
		}
	}

}
