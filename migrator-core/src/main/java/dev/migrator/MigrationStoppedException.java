package dev.migrator;

import java.util.Locale;

/**
 * A migration stopped on an error that is not the SQL's: the JVM ran out of memory, a file
 * could not be read again, a bug. The message says what ran, the state the database was
 * left in and what to do; the cause is the error itself.
 */
public class MigrationStoppedException extends MigratorException {

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

	/** The state the database was left in. */
	public String outcome() {
		return this.outcome;
	}

}
