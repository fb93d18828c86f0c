package dev.migrator;

/**
 * No schema is configured for the history table and the connection has no current one to
 * put it in.
 */
public final class NoCurrentSchemaException extends MigratorException {

	public NoCurrentSchemaException() {
		super("The connection has no current schema (its search_path names no existing schema); set the history"
				+ " table's schema explicitly.");
	}

}
