package dev.migrator;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A migration stopped on an error that is not the SQL's: the JVM ran out of memory, a file
 * could not be read again, a bug. The message says what ran, the state the database was
 * left in and what to do; the cause is the error itself.
 */
public final class MigrationStoppedException extends MigratorException {

	private final MigrationStep step;

	private final String outcome;

	/**
	 * @param outcome the state the database was left in, as a sentence
	 */
	public MigrationStoppedException(MigrationStep step, String outcome, Throwable cause) {
		super(step.script() + ": migration " + step.version() + " (" + step.description() + ", "
				+ step.direction().name().toLowerCase(Locale.ROOT) + ") stopped on an unexpected " + cause.getClass().getName()
				+ ": " + cause.getMessage() + ". " + outcome + " " + advice(cause), cause);
		this.step = step;
		this.outcome = outcome;
	}

	private static String advice(Throwable cause) {
		if (cause instanceof OutOfMemoryError) {
			return "The JVM ran out of memory: give it more heap with -Xmx (e.g. JAVA_TOOL_OPTIONS=-Xmx1g), or split"
					+ " the file into smaller migrations.";
		}
		return "The SQL did not fail: the error's stack trace tells where it came from.";
	}

	public MigrationStep step() {
		return this.step;
	}

	/** Where the file that stopped is: {@code classpath:…} or a path. */
	public String file() {
		return this.step.script();
	}

	/** The name of the file that stopped. */
	public String fileName() {
		return fileNameOf(this.step.script());
	}

	/** The state the database was left in. */
	public String outcome() {
		return this.outcome;
	}

	@Override
	public Map<String, Object> details() {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("version", this.step.version());
		details.put("direction", this.step.direction().name().toLowerCase(Locale.ROOT));
		details.put("file", file());
		return details;
	}

}
