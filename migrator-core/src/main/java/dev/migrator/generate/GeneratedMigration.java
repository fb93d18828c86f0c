package dev.migrator.generate;

import java.nio.file.Path;
import java.util.List;

import dev.migrator.lint.Finding;

/**
 * The pair the generator wrote.
 *
 * @param version the version, as written in the file names
 * @param up the up file
 * @param down the down file
 * @param findings what lint says of the two files
 * @param modelClass the class written with them ({@code --entity}, {@code --record}), or {@code null}
 */
public record GeneratedMigration(String version, Path up, Path down, List<Finding> findings, Path modelClass) {

}
