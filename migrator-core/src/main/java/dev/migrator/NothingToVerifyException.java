package dev.migrator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Verify was given a range of versions that holds no migration file.
 */
public final class NothingToVerifyException extends MigratorException {

	private final Long from;

	private final Long to;

	/**
	 * @param from the lowest version to verify, {@code null} for the first
	 * @param to the highest version to verify, {@code null} for the last
	 * @param locations where the files were looked for
	 * @param versions the versions of the files found, in order
	 */
	public NothingToVerifyException(Long from, Long to, List<String> locations, List<Long> versions) {
		super("No migration to verify from " + ((from != null) ? from : "the first") + " to "
				+ ((to != null) ? to : "the last") + (versions.isEmpty() ? ": " + locations + " hold no migration files"
						: ": the versions run from " + versions.get(0) + " to " + versions.get(versions.size() - 1)));
		this.from = from;
		this.to = to;
	}

	/** The lowest version asked for, {@code null} for the first. */
	public Long from() {
		return this.from;
	}

	/** The highest version asked for, {@code null} for the last. */
	public Long to() {
		return this.to;
	}

	@Override
	public Map<String, Object> details() {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("from", this.from);
		details.put("to", this.to);
		return details;
	}

}
