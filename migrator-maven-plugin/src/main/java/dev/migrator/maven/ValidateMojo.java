package dev.migrator.maven;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

import dev.migrator.Migrator;
import dev.migrator.Migrators;
import dev.migrator.Problem;

/**
 * Checks everything migrate, down and goto would refuse before running: the history (dirty
 * state, checksums, missing files, order), the files' names and pairing, and every file's
 * encoding, syntax, meta-commands, directives and transaction rules. Fails the build when
 * there is a problem, listing one a line. Changes nothing.
 */
@Mojo(name = "validate", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class ValidateMojo extends DatabaseMojo {

	@Override
	void run(Migrator migrator) throws MojoFailureException {
		report(Map.of("", migrator.validate()));
	}

	/** Every set's problems, by set; fails when any set has one. */
	@Override
	void runSets(Migrators migrators) throws MojoFailureException {
		Map<String, List<Problem>> problems = new LinkedHashMap<>();
		migrators.validate().forEach((name, found) -> problems.put("Set " + name + ": ", found));
		report(problems);
	}

	private void report(Map<String, List<Problem>> problemsBySet) throws MojoFailureException {
		StringJoiner text = new StringJoiner("\n");
		boolean valid = true;
		for (Map.Entry<String, List<Problem>> entry : problemsBySet.entrySet()) {
			String set = entry.getKey();
			if (entry.getValue().isEmpty()) {
				text.add(set + "Valid: the files and the history agree.");
				continue;
			}
			valid = false;
			if (!set.isEmpty()) {
				text.add(set);
			}
			entry.getValue().forEach((problem) -> text.add("- " + problem.message()));
		}
		if (!valid) {
			throw new MojoFailureException(text.toString());
		}
		print(text.toString());
	}

}
