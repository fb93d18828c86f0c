package dev.migrator;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * A duration as the CLI, the Maven plugin and Spring Boot's properties write it: {@code 30s},
 * {@code 500ms}, {@code 2m}, ISO-8601 {@code PT1M} or a number of seconds.
 */
public final class Durations {

	private Durations() {
	}

	/**
	 * @param setting the option or setting the text came from, named in the error
	 * @throws IllegalArgumentException when the text is none of the forms or negative; each
	 * caller turns it into its own usage error
	 */
	public static Duration parse(String setting, String text) {
		String value = text.strip().toLowerCase(Locale.ROOT);
		try {
			Duration duration;
			if (value.startsWith("p")) {
				duration = Duration.parse(value.toUpperCase(Locale.ROOT));
			}
			else if (value.endsWith("ms")) {
				duration = Duration.ofMillis(Long.parseLong(value.substring(0, value.length() - 2)));
			}
			else if (value.endsWith("s")) {
				duration = Duration.ofSeconds(Long.parseLong(value.substring(0, value.length() - 1)));
			}
			else if (value.endsWith("m")) {
				duration = Duration.ofMinutes(Long.parseLong(value.substring(0, value.length() - 1)));
			}
			else {
				duration = Duration.ofSeconds(Long.parseLong(value));
			}
			if (!duration.isNegative()) {
				return duration;
			}
		}
		catch (NumberFormatException | DateTimeParseException ex) {
			// reported below, with the forms that work
		}
		throw new IllegalArgumentException(
				"Invalid " + setting + " '" + text + "': use e.g. 30s, 500ms, 2m, PT1M or a number of seconds");
	}

}
