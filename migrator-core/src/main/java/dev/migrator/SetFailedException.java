package dev.migrator;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An operation over several migration sets failed in one of them; the sets before it were
 * done and the sets after it were not started. The cause is the set's own typed error.
 */
public final class SetFailedException extends MigratorException {

	private final String setName;

	public SetFailedException(String setName, MigratorException cause) {
		super("migration set " + setName + ": " + cause.getMessage(), cause);
		this.setName = setName;
	}

	public String setName() {
		return this.setName;
	}

	@Override
	public synchronized MigratorException getCause() {
		return (MigratorException) super.getCause();
	}

	@Override
	public Map<String, Object> details() {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("set", this.setName);
		details.put("cause", getCause().getClass().getSimpleName());
		details.putAll(getCause().details());
		return details;
	}

}
