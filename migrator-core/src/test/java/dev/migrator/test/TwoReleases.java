package dev.migrator.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The migration folders of two releases of one application, for rolling deploys: {@code v1}
 * has migrations 1 and 2, {@code v2} the same files and a third, {@code 3_add_title}.
 *
 * @param v1 the older release's folder
 * @param v2 the newer release's folder
 */
public record TwoReleases(MigrationFolder v1, MigrationFolder v2) {

	/** Writes both folders under {@code directory}. */
	public static TwoReleases in(Path directory) {
		MigrationFolder v1 = folder(directory.resolve("v1"));
		MigrationFolder v2 = folder(directory.resolve("v2"));
		for (MigrationFolder release : new MigrationFolder[] { v1, v2 }) {
			release.pair("1_create_users", "CREATE TABLE users (id bigint PRIMARY KEY);", "DROP TABLE users;")
				.pair("2_create_notes", "CREATE TABLE notes (id bigint PRIMARY KEY, body text);", "DROP TABLE notes;");
		}
		v2.pair("3_add_title", "ALTER TABLE notes ADD COLUMN title text;", "ALTER TABLE notes DROP COLUMN title;");
		return new TwoReleases(v1, v2);
	}

	private static MigrationFolder folder(Path directory) {
		try {
			return new MigrationFolder(Files.createDirectories(directory));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
