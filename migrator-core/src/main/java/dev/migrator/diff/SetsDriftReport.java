package dev.migrator.diff;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code migrator drift} found on a database with several migration sets: the sets
 * share the database, so its drift is one list, compared once against every set's applied
 * migrations replayed in the order the sets run.
 *
 * @param versions each set's version by name, in the order the sets run; {@code null} for a
 * set with nothing applied
 * @param differences how the live schema differs from what the sets' applied migrations give,
 * one sentence each
 * @param uncheckable why the comparison could not be made, each reason naming its set; when
 * not empty, nothing was compared
 */
public record SetsDriftReport(Map<String, Long> versions, List<String> differences, List<String> uncheckable) {

	public SetsDriftReport {
		versions = Collections.unmodifiableMap(new LinkedHashMap<>(versions));
		differences = List.copyOf(differences);
		uncheckable = List.copyOf(uncheckable);
	}

	/** Whether the live schema is exactly what the sets' applied migrations give. */
	public boolean clean() {
		return this.differences.isEmpty() && this.uncheckable.isEmpty();
	}

}
