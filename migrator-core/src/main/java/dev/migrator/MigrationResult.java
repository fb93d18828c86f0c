package dev.migrator;

import java.util.List;

import dev.migrator.source.Direction;

/**
 * What a run did.
 *
 * @param versionBefore the version before the run, {@code null} when nothing was applied
 * @param versionAfter the version after it
 * @param steps the migrations run, in order
 * @param executionMs how long the whole run took, lock wait included
 * @param resumed whether the run first finished a dirty non-transactional migration; a resume
 * on a clean database has nothing to finish and runs only the operation
 * @param appliedCount how many migrations are applied after the run
 */
public record MigrationResult(Long versionBefore, Long versionAfter, List<MigrationStep> steps, long executionMs,
		boolean resumed, int appliedCount) {

	/**
	 * One line for a log: {@code Migrated 3 migrations in 120 ms: version 4 -> 7}, or, when
	 * nothing ran, {@code Schema up to date at version 7 (7 migrations)}.
	 */
	public String summary() {
		if (this.steps.isEmpty()) {
			return (this.versionAfter != null)
					? "Schema up to date at version " + this.versionAfter + " (" + Plural.of(this.appliedCount, "migration") + ")"
					: "Schema up to date: no migration to apply";
		}
		return verb() + " " + Plural.of(this.steps.size(), "migration") + " in " + this.executionMs + " ms: version "
				+ versionText(this.versionBefore) + " -> " + versionText(this.versionAfter);
	}

	private String verb() {
		if (this.steps.stream().allMatch((step) -> step.direction() == Direction.UP)) {
			return "Migrated";
		}
		if (this.steps.stream().allMatch((step) -> step.direction() == Direction.DOWN)) {
			return "Rolled back";
		}
		return "Ran";
	}

	/** A version for people: {@code none} when nothing is applied. */
	public static String versionText(Long version) {
		return (version != null) ? version.toString() : "none";
	}

}
