package dev.migrator;

/**
 * A migration started and did not finish, so every run refuses until someone decides.
 */
public class DirtyDatabaseException extends MigratorException {

	private final long version;

	public DirtyDatabaseException(long version, String details) {
		super("The database is dirty at version " + version + ": " + details);
		this.version = version;
	}

	/** The version of the unfinished migration. */
	public long version() {
		return this.version;
	}

}
