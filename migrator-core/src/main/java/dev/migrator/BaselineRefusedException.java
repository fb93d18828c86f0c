package dev.migrator;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A baseline was refused before anything was written: the history already records
 * migrations, or the version is negative.
 */
public final class BaselineRefusedException extends MigratorException {

	private final long version;

	private final int applied;

	private final Long currentVersion;

	/**
	 * @param applied how many migrations the history records; with none, the refusal is the
	 * negative version
	 * @param currentVersion the version the history records, {@code null} when it records none
	 */
	public BaselineRefusedException(long version, int applied, Long currentVersion) {
		super((applied > 0) ? "Cannot baseline at version " + version + ": the history already records "
				+ Plural.of(applied, "migration") + " (current version " + currentVersion + ")."
				+ " Use force to move the recorded version."
				: "The baseline version must be 0 or more, not " + version);
		this.version = version;
		this.applied = applied;
		this.currentVersion = currentVersion;
	}

	/** The version asked to baseline at. */
	public long version() {
		return this.version;
	}

	/** How many migrations the history already records. */
	public int applied() {
		return this.applied;
	}

	/** The version the history records, {@code null} when it records none. */
	public Long currentVersion() {
		return this.currentVersion;
	}

	@Override
	public Map<String, Object> details() {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("version", this.version);
		return details;
	}

}
