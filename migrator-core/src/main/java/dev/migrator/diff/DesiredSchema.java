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
import java.util.Set;

import javax.sql.DataSource;

import dev.migrator.DatabaseException;
import dev.migrator.schema.Schema;
import dev.migrator.sql.SqlScriptParser;
import dev.migrator.sql.SqlStatement;

/**
 * Where the schema the app wants comes from: SQL files applied to an empty scratch database,
 * a live database read as it is, or anything else that can build it on a scratch database
 * (the entities of {@code migrator-hibernate}). Every source is read through the same
 * pg_catalog model as the migrations' side.
 */
@FunctionalInterface
public interface DesiredSchema {

	/**
	 * @param scratch an empty database this source may build the schema on
	 * @param excludedTables tables to leave out, such as the history tables
	 */
	Schema read(DataSource scratch, Set<String> excludedTables);

	/** The schema of SQL files, applied in the order given to the scratch database. */
	static DesiredSchema sql(List<Path> files) {
		List<Path> ordered = List.copyOf(files);
		return (scratch, excludedTables) -> {
			apply(ordered, scratch);
			return read(scratch, excludedTables, "a scratch database");
		};
	}

	/** The schema of a live database, read as it is; the scratch database is left unused. */
	static DesiredSchema database(DataSource database) {
		return (scratch, excludedTables) -> read(database, excludedTables, "the desired database");
	}

	/** Reads {@code database}'s schema; {@code what} names it in an error. */
	static Schema read(DataSource database, Set<String> excludedTables, String what) {
		try (Connection connection = database.getConnection()) {
			return Schema.read(connection, excludedTables);
		}
		catch (SQLException ex) {
			throw new DatabaseException("Could not read " + what + "'s schema", ex);
		}
	}

	private static void apply(List<Path> files, DataSource database) {
		try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
			connection.setAutoCommit(true);
			for (Path file : files) {
				for (SqlStatement sql : SqlScriptParser.read(file.toString(), text(file)).statements()) {
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

	private static String text(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read " + file, ex);
		}
	}

}
