package dev.migrator;

import java.io.IOException;

/**
 * The embedded PostgreSQL that verify runs on could not be started.
 */
public final class ScratchDatabaseException extends MigratorException {

	public ScratchDatabaseException(IOException cause) {
		super("Could not start an embedded PostgreSQL for verify: " + cause.getMessage(), cause);
	}

}
