package dev.migrator;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A down was asked of a migration that has no down file; refused before anything ran.
 */
public final class IrreversibleMigrationException extends MigratorException {

	private final long version;

	public IrreversibleMigrationException(long version, String reason) {
		super("Cannot roll back migration " + version + ": " + reason + ". Nothing was run.");
		this.version = version;
	}

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
