package dev.migrator;

import java.util.List;

/**
 * What a run did.
 *
 * @param versionBefore the version before the run, {@code null} when nothing was applied
 * @param versionAfter the version after it
 * @param steps the migrations run, in order
 * @param executionMs how long the whole run took, lock wait included
 */
public record MigrationResult(Long versionBefore, Long versionAfter, List<MigrationStep> steps, long executionMs) {

}
