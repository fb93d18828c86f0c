package dev.migrator.lint;

/** Where rules report, so they need not know files, severities or allow comments. */
@FunctionalInterface
public interface Findings {

	/**
	 * @param line the line the finding points at
	 * @param message why it is dangerous
	 * @param suggestion the safe alternative
	 */
	void report(int line, String message, String suggestion);

}
