package dev.migrator;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A migration started and did not finish, so every run refuses until someone decides.
 */
public final class DirtyDatabaseException extends MigratorException {

	private final long version;

	public DirtyDatabaseException(long version, String details) {
		super("The database is dirty at version " + version + ": " + details);
		this.version = version;
	}

	/** The version of the unfinished migration. */
	public long version() {
		return this.version;
	}

	@Override
	public Map<String, Object> details() {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("version", this.version);
		return details;
	}

}
