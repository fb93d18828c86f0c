package dev.migrator.generate;

import java.nio.file.Path;

/**
 * The pair a {@link MigrationWriter} wrote.
 *
 * @param version the version, as written in the file names
 * @param up the up file
 * @param down the down file
 */
public record WrittenMigration(String version, Path up, Path down) {

}
