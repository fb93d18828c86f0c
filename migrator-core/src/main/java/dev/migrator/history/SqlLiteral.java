package dev.migrator.history;

/**
 * Renders values as SQL literals for the history's own statements, so they can travel in
 * one batch with a migration's statements. Strings are quoted to mean the same whatever
 * {@code standard_conforming_strings} is.
 */
final class SqlLiteral {

	private SqlLiteral() {
	}

	static String of(String value) {
		if (value == null) {
			return "NULL";
		}
		String quoted = value.replace("'", "''");
		if (quoted.indexOf('\\') >= 0) {
			return "E'" + quoted.replace("\\", "\\\\") + "'";
		}
		return "'" + quoted + "'";
	}

	static String of(Number value) {
		return (value != null) ? value.toString() : "NULL";
	}

}
