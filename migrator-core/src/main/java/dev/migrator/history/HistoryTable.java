package dev.migrator.history;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The {@code schema_migrations} table: stores and fetches rows, decides nothing. Every
 * statement names its columns, so columns a project added to the table are kept, and the
 * table is never recreated.
 */
public final class HistoryTable {

	private static final String COLUMNS = "version, description, checksum, down_checksum, dirty, applied_at, "
			+ "execution_ms, applied_by, statements_done";

	private final QualifiedName name;

	public HistoryTable(QualifiedName name) {
		this.name = name;
	}

	public QualifiedName name() {
		return this.name;
	}

	/** Which shape the table has in the database, read without changing anything. */
	public HistoryFormat format(Connection connection) throws SQLException {
		Set<String> columns = columns(connection);
		if (columns.isEmpty()) {
			return HistoryFormat.ABSENT;
		}
		if (columns.contains("description")) {
			return HistoryFormat.MIGRATOR;
		}
		if (columns.contains("version") && columns.contains("dirty")) {
			return HistoryFormat.GOLANG_MIGRATE;
		}
		return HistoryFormat.FOREIGN;
	}

	/** Creates the table, or upgrades a golang-migrate table in place by adding columns. */
	public void createOrUpgrade(Connection connection, boolean createSchema) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			if (createSchema) {
				statement.execute("CREATE SCHEMA IF NOT EXISTS " + this.name.schemaSql());
			}
			statement.execute("CREATE TABLE IF NOT EXISTS " + this.name.sql() + " ("
					+ "version bigint NOT NULL PRIMARY KEY, dirty boolean NOT NULL)");
			statement.execute("ALTER TABLE " + this.name.sql()
					+ " ADD COLUMN IF NOT EXISTS description text,"
					+ " ADD COLUMN IF NOT EXISTS checksum text,"
					+ " ADD COLUMN IF NOT EXISTS down_checksum text,"
					+ " ADD COLUMN IF NOT EXISTS applied_at timestamptz NOT NULL DEFAULT now(),"
					+ " ADD COLUMN IF NOT EXISTS execution_ms bigint,"
					+ " ADD COLUMN IF NOT EXISTS applied_by text NOT NULL DEFAULT current_user,"
					+ " ADD COLUMN IF NOT EXISTS statements_done integer");
		}
	}

	/**
	 * Every row, ordered by version, in one query. A golang-migrate table (not yet upgraded)
	 * reads as its single row with no description and no checksum.
	 */
	public List<HistoryRow> read(Connection connection, HistoryFormat format) throws SQLException {
		if (format == HistoryFormat.ABSENT) {
			return List.of();
		}
		String sql = (format == HistoryFormat.GOLANG_MIGRATE)
				? "SELECT version, NULL, NULL, NULL, dirty, NULL, NULL, NULL, NULL FROM " + this.name.sql()
				: "SELECT " + COLUMNS + " FROM " + this.name.sql();
		List<HistoryRow> rows = new ArrayList<>();
		try (Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery(sql + " ORDER BY version")) {
			while (result.next()) {
				Timestamp appliedAt = result.getTimestamp(6);
				rows.add(new HistoryRow(result.getLong(1), result.getString(2), result.getString(3),
						result.getString(4), result.getBoolean(5), (appliedAt != null) ? appliedAt.toInstant() : null,
						(Long) result.getObject(7), result.getString(8), (Integer) result.getObject(9)));
			}
		}
		return rows;
	}

	/** Records a migration; {@code statementsDone} is non-null only for non-transactional ones. */
	public void insert(Connection connection, long version, String description, String checksum, String downChecksum,
			boolean dirty, Long executionMs, Integer statementsDone) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement("INSERT INTO " + this.name.sql()
				+ " (version, description, checksum, down_checksum, dirty, execution_ms, statements_done)"
				+ " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
			statement.setLong(1, version);
			statement.setString(2, description);
			statement.setString(3, checksum);
			statement.setString(4, downChecksum);
			statement.setBoolean(5, dirty);
			setNullableLong(statement, 6, executionMs);
			setNullableInt(statement, 7, statementsDone);
			statement.executeUpdate();
		}
	}

	public void updateProgress(Connection connection, long version, int statementsDone) throws SQLException {
		try (PreparedStatement statement = connection
			.prepareStatement("UPDATE " + this.name.sql() + " SET statements_done = ? WHERE version = ?")) {
			statement.setInt(1, statementsDone);
			statement.setLong(2, version);
			statement.executeUpdate();
		}
	}

	/** Marks a row clean and, when given, records how long it ran. */
	public void markClean(Connection connection, long version, Long executionMs) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement("UPDATE " + this.name.sql()
				+ " SET dirty = false, execution_ms = coalesce(?, execution_ms) WHERE version = ?")) {
			setNullableLong(statement, 1, executionMs);
			statement.setLong(2, version);
			statement.executeUpdate();
		}
	}

	/** Marks a row dirty; {@code statementsDone} is {@code null} while its down runs. */
	public void markDirty(Connection connection, long version, Integer statementsDone) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(
				"UPDATE " + this.name.sql() + " SET dirty = true, statements_done = ? WHERE version = ?")) {
			setNullableInt(statement, 1, statementsDone);
			statement.setLong(2, version);
			statement.executeUpdate();
		}
	}

	public void updateChecksums(Connection connection, long version, String description, String checksum,
			String downChecksum) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement("UPDATE " + this.name.sql()
				+ " SET description = ?, checksum = ?, down_checksum = ? WHERE version = ?")) {
			statement.setString(1, description);
			statement.setString(2, checksum);
			statement.setString(3, downChecksum);
			statement.setLong(4, version);
			statement.executeUpdate();
		}
	}

	public void delete(Connection connection, long version) throws SQLException {
		try (PreparedStatement statement = connection
			.prepareStatement("DELETE FROM " + this.name.sql() + " WHERE version = ?")) {
			statement.setLong(1, version);
			statement.executeUpdate();
		}
	}

	/** Removes every row above the given version. */
	public void deleteAbove(Connection connection, long version) throws SQLException {
		try (PreparedStatement statement = connection
			.prepareStatement("DELETE FROM " + this.name.sql() + " WHERE version > ?")) {
			statement.setLong(1, version);
			statement.executeUpdate();
		}
	}

	public void markAllClean(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.executeUpdate("UPDATE " + this.name.sql() + " SET dirty = false WHERE dirty");
		}
	}

	private Set<String> columns(Connection connection) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(
				"SELECT attname FROM pg_catalog.pg_attribute a JOIN pg_catalog.pg_class c ON c.oid = a.attrelid"
						+ " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
						+ " WHERE n.nspname = ? AND c.relname = ? AND a.attnum > 0 AND NOT a.attisdropped")) {
			statement.setString(1, this.name.schema());
			statement.setString(2, this.name.table());
			Set<String> columns = new HashSet<>();
			try (ResultSet result = statement.executeQuery()) {
				while (result.next()) {
					columns.add(result.getString(1));
				}
			}
			return columns;
		}
	}

	static void setNullableLong(PreparedStatement statement, int index, Long value) throws SQLException {
		if (value == null) {
			statement.setNull(index, Types.BIGINT);
		}
		else {
			statement.setLong(index, value);
		}
	}

	private static void setNullableInt(PreparedStatement statement, int index, Integer value) throws SQLException {
		if (value == null) {
			statement.setNull(index, Types.INTEGER);
		}
		else {
			statement.setInt(index, value);
		}
	}

}
