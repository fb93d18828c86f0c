package dev.migrator;

/**
 * A migration file not yet applied.
 *
 * @param version its version
 * @param description its description
 * @param script its up file
 */
public record PendingMigration(long version, String description, String script) {

}
