package dev.migrator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The migration files cannot be read as a consistent set: duplicate versions, a down
 * without its up, unparsable names, missing locations. Every problem of a load is listed.
 */
public final class MigrationSourceException extends MigratorException {

	private final List<String> problems;

	public MigrationSourceException(List<String> problems) {
		super("Invalid migration files, nothing was run:\n" + problems.stream()
			.map((problem) -> "  - " + problem)
			.collect(Collectors.joining("\n")));
		this.problems = List.copyOf(problems);
	}

	/** Each problem, a sentence naming the files and what to do. */
	public List<String> problems() {
		return this.problems;
	}

	@Override
	public Map<String, Object> details() {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("problems", this.problems);
		return details;
	}

}
