package dev.migrator.generate;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

import dev.migrator.GeneratorException;
import dev.migrator.sql.ReservedWords;

/**
 * Validates the names that go into generated SQL and quotes them when PostgreSQL needs it.
 * Anything that is not a plain identifier is refused, never escaped: a generator that accepts
 * quotes or semicolons is a way to inject SQL into a migration.
 */
final class Identifiers {

	private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

	private static final int MAX_BYTES = 63;

	private Identifiers() {
	}

	/** The identifier, quoted when it is reserved or not all lower case. */
	static String sql(String identifier, String what) {
		validate(identifier, what);
		boolean plain = identifier.equals(identifier.toLowerCase(Locale.ROOT)) && !ReservedWords.contains(identifier);
		return plain ? identifier : "\"" + identifier + "\"";
	}

	static void validate(String identifier, String what) {
		if (identifier == null || identifier.isEmpty()) {
			throw new GeneratorException("The " + what + " is missing.");
		}
		if (!IDENTIFIER.matcher(identifier).matches()) {
			throw new GeneratorException("The " + what + " '" + identifier + "' is not a plain identifier: use letters,"
					+ " digits and underscores, starting with a letter or underscore.");
		}
		if (identifier.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			throw new GeneratorException("The " + what + " '" + identifier + "' is longer than 63 bytes;"
					+ " PostgreSQL would silently truncate it.");
		}
	}

	/** A name derived from others (an index or constraint name), kept within 63 bytes. */
	static String derived(String... parts) {
		String name = String.join("_", parts);
		return (name.length() > MAX_BYTES) ? name.substring(0, MAX_BYTES) : name;
	}

}
