package dev.migrator;

/**
 * A down was asked of a migration that has no down file; refused before anything ran.
 */
public class IrreversibleMigrationException extends MigratorException {

	private final long version;

	public IrreversibleMigrationException(long version, String reason) {
		super("Cannot roll back migration " + version + ": " + reason + ". Nothing was run.");
		this.version = version;
	}

	public long version() {
		return this.version;
	}

}
