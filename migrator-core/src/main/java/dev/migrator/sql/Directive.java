package dev.migrator.sql;

import java.util.Locale;

/**
 * A {@code -- migrator:name argument} comment.
 *
 * @param name the directive, e.g. {@code no-transaction} or {@code allow}
 * @param argument what follows the name, e.g. the rule ids of {@code allow}; may be empty
 * @param line the comment's 1-based line
 */
public record Directive(String name, String argument, int line) {

	static final String PREFIX = "migrator:";

	/** Parses the text of a {@code --} comment (after the dashes), or returns {@code null}. */
	static Directive parse(String commentText, int line) {
		String text = commentText.strip();
		if (!text.startsWith(PREFIX)) {
			return null;
		}
		String rest = text.substring(PREFIX.length()).strip();
		int space = indexOfWhitespace(rest);
		String name = (space < 0) ? rest : rest.substring(0, space);
		String argument = (space < 0) ? "" : rest.substring(space).strip();
		return new Directive(name.toLowerCase(java.util.Locale.ROOT), argument, line);
	}

	private static int indexOfWhitespace(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (Character.isWhitespace(text.charAt(i))) {
				return i;
			}
		}
		return -1;
	}

}
