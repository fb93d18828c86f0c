package dev.migrator;

import java.time.Instant;

/**
 * A migration the history records as applied.
 *
 * @param version its version
 * @param description its description
 * @param checksum the checksum recorded when it was applied, {@code null} for a marker row
 * (baseline, force) that no file backs
 * @param appliedAt when it was recorded
 * @param executionMs how long it ran, {@code null} when it was recorded without running
 * @param appliedBy the database user that applied it
 * @param dirty whether it started and did not finish
 * @param statementsDone for a non-transactional migration, the statements completed
 * @param script its up file, {@code null} when no file has its version
 */
public record AppliedMigration(long version, String description, String checksum, Instant appliedAt,
		Long executionMs, String appliedBy, boolean dirty, Integer statementsDone, String script) {

}
