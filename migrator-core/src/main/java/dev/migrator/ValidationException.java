package dev.migrator;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The history and the files disagree (checksum drift, missing files, out-of-order versions),
 * found before anything ran.
 */
public class ValidationException extends MigratorException {

	private final List<Problem> problems;

	public ValidationException(List<Problem> problems) {
		super("Validation failed, nothing was run:\n" + problems.stream()
			.map((problem) -> "  - " + problem.message())
			.collect(Collectors.joining("\n")));
		this.problems = List.copyOf(problems);
	}

	public List<Problem> problems() {
		return this.problems;
	}

}
