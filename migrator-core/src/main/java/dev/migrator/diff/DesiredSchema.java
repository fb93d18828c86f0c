package dev.migrator.diff;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import javax.sql.DataSource;

import dev.migrator.DatabaseException;
import dev.migrator.sql.SqlScriptParser;
import dev.migrator.sql.SqlStatement;

/** Applies the desired schema's SQL files, in the order given, to an empty database. */
final class DesiredSchema {

	private DesiredSchema() {
	}

	static void apply(List<Path> files, DataSource database) {
		try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
			connection.setAutoCommit(true);
			for (Path file : files) {
				for (SqlStatement sql : SqlScriptParser.read(file.toString(), read(file)).statements()) {
					try {
						statement.execute(sql.sql());
					}
					catch (SQLException ex) {
						throw new DatabaseException("The desired schema does not apply: " + file + ":" + sql.line()
								+ ": " + ex.getMessage(), ex);
					}
				}
			}
		}
		catch (SQLException ex) {
			throw new DatabaseException("Could not apply the desired schema", ex);
		}
	}

	private static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read " + file, ex);
		}
	}

}
