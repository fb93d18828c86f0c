package dev.migrator;

/**
 * Root of every error Migrator raises. Callers match on the specific subclasses, which carry
 * the context of the failure (file, line, column, version, SQLSTATE, lock holder) as fields
 * and render their message from them.
 */
public class MigratorException extends RuntimeException {

	public MigratorException(String message) {
		super(message);
	}

	public MigratorException(String message, Throwable cause) {
		super(message, cause);
	}

}
