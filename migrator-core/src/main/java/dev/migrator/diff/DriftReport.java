package dev.migrator.diff;

import java.util.List;

/**
 * What {@code migrator drift} found.
 *
 * @param version the live database's version, {@code null} when nothing is applied
 * @param differences how the live schema differs from what its applied migrations give, one
 * sentence each
 * @param uncheckable why the comparison could not be made (applied migrations without their
 * file, ahead of the files, changed since applied, or pending below the version); when not
 * empty, nothing was compared
 */
public record DriftReport(Long version, List<String> differences, List<String> uncheckable) {

	public DriftReport {
		differences = List.copyOf(differences);
		uncheckable = List.copyOf(uncheckable);
	}

	/** Whether the live schema is exactly what its applied migrations give. */
	public boolean clean() {
		return this.differences.isEmpty() && this.uncheckable.isEmpty();
	}

}
