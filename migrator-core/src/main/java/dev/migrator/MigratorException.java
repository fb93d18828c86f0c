package dev.migrator;

import java.util.Map;

/**
 * Root of every error Migrator raises. Callers match on the specific subclasses, which carry
 * the context of the failure (file, line, column, version, SQLSTATE, lock holder) as fields
 * and render their message from them.
 */
public abstract class MigratorException extends RuntimeException {

	protected MigratorException(String message) {
		super(message);
	}

	protected MigratorException(String message, Throwable cause) {
		super(message, cause);
	}

	/**
	 * The failure's fields for machines (the CLI's JSON error), in a stable order; empty when
	 * the type and the message say it all.
	 */
	public Map<String, Object> details() {
		return Map.of();
	}

	/** The file's name in a location ({@code classpath:db/migrations/1_a.up.sql} or a path). */
	static String fileNameOf(String location) {
		return location.substring(Math.max(location.lastIndexOf('/'), location.lastIndexOf('\\')) + 1);
	}

}
