package dev.migrator.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes migration files into a folder for a test, so each test states its own files.
 */
public final class MigrationFolder {

	private final Path directory;

	public MigrationFolder(Path directory) {
		this.directory = directory;
	}

	public Path directory() {
		return this.directory;
	}

	/** The folder as a migration location. */
	public String location() {
		return "filesystem:" + this.directory;
	}

	public MigrationFolder up(String name, String sql) {
		return write(name + ".up.sql", sql);
	}

	public MigrationFolder down(String name, String sql) {
		return write(name + ".down.sql", sql);
	}

	public MigrationFolder pair(String name, String upSql, String downSql) {
		return up(name, upSql).down(name, downSql);
	}

	public MigrationFolder write(String fileName, String content) {
		try {
			Files.writeString(this.directory.resolve(fileName), content, StandardCharsets.UTF_8);
			return this;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public MigrationFolder delete(String fileName) {
		try {
			Files.delete(this.directory.resolve(fileName));
			return this;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
