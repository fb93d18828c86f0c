package dev.migrator;

import java.util.List;

/**
 * What a run did.
 *
 * @param versionBefore the version before the run, {@code null} when nothing was applied
 * @param versionAfter the version after it
 * @param steps the migrations run, in order
 * @param executionMs how long the whole run took, lock wait included
 * @param resumed whether the run first finished a dirty non-transactional migration; a resume
 * on a clean database has nothing to finish and runs only the operation
 */
public record MigrationResult(Long versionBefore, Long versionAfter, List<MigrationStep> steps, long executionMs,
		boolean resumed) {

}
