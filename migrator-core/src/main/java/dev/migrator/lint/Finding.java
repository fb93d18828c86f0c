package dev.migrator.lint;

/**
 * One thing lint found.
 *
 * @param rule the rule id, e.g. {@code index-not-concurrent}
 * @param severity error or warning
 * @param file the file's name
 * @param line the 1-based line of the statement (or of the problem)
 * @param message why it is dangerous
 * @param suggestion the safe alternative
 */
public record Finding(String rule, Severity severity, String file, int line, String message, String suggestion) {

	@Override
	public String toString() {
		return this.file + ":" + this.line + ": " + this.severity.label() + " [" + this.rule + "] "
				+ this.message + " " + this.suggestion;
	}

}
