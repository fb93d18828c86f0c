package dev.migrator;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A down of more migrations than are applied; refused before anything ran.
 */
public final class NotEnoughAppliedException extends MigratorException {

	private final int count;

	private final int applied;

	public NotEnoughAppliedException(int count, int applied) {
		super("Cannot roll back " + Plural.of(count, "migration") + ": only " + applied + ((applied == 1) ? " is" : " are")
				+ " applied. Nothing was run.");
		this.count = count;
		this.applied = applied;
	}

	/** How many migrations were asked to roll back. */
	public int count() {
		return this.count;
	}

	/** How many are applied. */
	public int applied() {
		return this.applied;
	}

	@Override
	public Map<String, Object> details() {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("count", this.count);
		details.put("applied", this.applied);
		return details;
	}

}
