package dev.migrator;

import java.util.List;

import dev.migrator.lock.LockHolder;

/**
 * The database's migration state next to the files, read without taking the lock.
 *
 * @param version the highest applied version, {@code null} when none is
 * @param dirty whether some migration started and did not finish
 * @param applied the applied migrations but those ahead, by version
 * @param pending the migrations not applied, by version
 * @param ahead the applied migrations that a newer release ran: above every file in the
 * locations, without a file of their own (a problem only when ignore-ahead is off), by version
 * @param problems what stands in the way of the next run
 * @param lockHolder the session holding the migration lock, {@code null} when none does
 */
public record MigrationStatus(Long version, boolean dirty, List<AppliedMigration> applied,
		List<PendingMigration> pending, List<AppliedMigration> ahead, List<Problem> problems, LockHolder lockHolder) {

}
