package dev.migrator;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A target version that no migration file has and the history does not record; refused
 * before anything ran.
 */
public final class UnknownVersionException extends MigratorException {

	private final long version;

	public UnknownVersionException(long version) {
		super("Cannot go to version " + version + ": no migration has that version."
				+ " Run status to see the known versions.");
		this.version = version;
	}

	/** The version asked for. */
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
