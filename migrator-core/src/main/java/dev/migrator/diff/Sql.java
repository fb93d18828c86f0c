package dev.migrator.diff;

import java.util.regex.Pattern;

import dev.migrator.schema.QualifiedName;
import dev.migrator.sql.ReservedWords;

/** Names and literals as they must be written in generated DDL. */
final class Sql {

	private static final Pattern PLAIN = Pattern.compile("[a-z_][a-z0-9_$]*");

	private Sql() {
	}

	/** The identifier as PostgreSQL's {@code quote_ident} writes it. */
	static String quote(String identifier) {
		boolean plain = PLAIN.matcher(identifier).matches() && !ReservedWords.contains(identifier);
		return plain ? identifier : "\"" + identifier.replace("\"", "\"\"") + "\"";
	}

	static String name(QualifiedName name) {
		return quote(name.schema()) + "." + quote(name.name());
	}

	/** Whether the SQL text names the identifier as a word of its own (as PostgreSQL's deparser writes it). */
	static boolean mentions(String text, String identifier) {
		return Pattern.compile("(^|[^\\w\"$])" + Pattern.quote(quote(identifier)) + "($|[^\\w\"$])").matcher(text)
			.find();
	}

	static String literal(String text) {
		return "'" + text.replace("'", "''") + "'";
	}

}
