package dev.migrator.history;

import java.time.Instant;

/**
 * One row of the history table: a migration recorded as applied.
 *
 * @param version the migration's version
 * @param description its description, as recorded
 * @param checksum the up file's checksum when it was applied, {@code null} for a row that
 * no file backs (a baseline or force marker)
 * @param downChecksum the down file's checksum when the up was applied, {@code null} when
 * there was no down file
 * @param dirty whether the migration started but did not finish
 * @param appliedAt when it was recorded
 * @param executionMs how long it ran, {@code null} when it did not run (baseline, force)
 * @param appliedBy the database user that applied it
 * @param statementsDone for a non-transactional migration, how many of its statements
 * completed; {@code null} for a transactional one
 * @param doneChecksum for a non-transactional migration, the SHA-256 of the text of its
 * statements done (see {@code dev.migrator.execute.DoneStatements}); {@code null} for a
 * transactional one, or one recorded by an earlier release
 */
public record HistoryRow(long version, String description, String checksum, String downChecksum, boolean dirty,
		Instant appliedAt, Long executionMs, String appliedBy, Integer statementsDone, String doneChecksum) {

}
