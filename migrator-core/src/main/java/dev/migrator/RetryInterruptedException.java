package dev.migrator;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The thread was interrupted while it waited to retry a migration that could not take a
 * table lock; the migration had rolled back.
 */
public final class RetryInterruptedException extends MigratorException {

	private final long version;

	public RetryInterruptedException(long version, InterruptedException cause) {
		super("Interrupted while waiting to retry a migration", cause);
		this.version = version;
	}

	/** The version of the migration that was to be retried. */
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
