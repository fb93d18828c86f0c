package dev.migrator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.migrator.lint.Finding;

/**
 * Lint found errors in the pending migrations and a setting makes them fatal; nothing ran.
 */
public final class LintFailedException extends MigratorException {

	private final List<Finding> errors;

	/**
	 * @param errors the findings of severity error
	 * @param setting the setting that made them fatal, e.g. {@code migrator.lint.on-startup=fail}
	 */
	public LintFailedException(List<Finding> errors, String setting) {
		super("Lint found " + Plural.of(errors.size(), "error") + " in pending migrations, nothing was run ("
				+ setting + "):\n"
				+ errors.stream().map((finding) -> "  - " + finding).collect(Collectors.joining("\n")));
		this.errors = List.copyOf(errors);
	}

	/** The findings of severity error. */
	public List<Finding> errors() {
		return this.errors;
	}

	@Override
	public Map<String, Object> details() {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("findings", this.errors);
		return details;
	}

}
