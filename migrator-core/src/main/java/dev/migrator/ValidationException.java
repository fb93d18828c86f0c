package dev.migrator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The history and the files disagree (checksum drift, missing files, out-of-order versions),
 * found before anything ran.
 */
public final class ValidationException extends MigratorException {

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

	@Override
	public Map<String, Object> details() {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("problems", this.problems);
		return details;
	}

}
