package dev.migrator.history;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The {@code schema_migrations} table: reads rows and renders the statements that write
 * them (so the executor can send them with a migration's own statements), decides nothing.
 * Every statement names its columns, so columns a project added to the table are kept, and the
 * table is never recreated.
 */
public final class HistoryTable {

	private static final String COLUMNS = "version, description, checksum, down_checksum, dirty, applied_at, "
			+ "execution_ms, applied_by, statements_done, done_checksum";

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
			return columns.contains("done_checksum") ? HistoryFormat.MIGRATOR : HistoryFormat.EARLIER_MIGRATOR;
		}
		if (columns.contains("version") && columns.contains("dirty")) {
			return HistoryFormat.GOLANG_MIGRATE;
		}
		return HistoryFormat.FOREIGN;
	}

	/**
	 * Creates the table, or upgrades a golang-migrate table or an earlier release's table in
	 * place by adding columns.
	 */
	public void createOrUpgrade(Connection connection, boolean createSchema) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			// CREATE SCHEMA IF NOT EXISTS checks the CREATE privilege on the database even when
			// the schema exists, which a least-privilege DDL login lacks
			if (createSchema && !schemaExists(connection)) {
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
					+ " ADD COLUMN IF NOT EXISTS statements_done integer,"
					+ " ADD COLUMN IF NOT EXISTS done_checksum text");
		}
	}

	/**
	 * Every row, ordered by version, in one query. A golang-migrate table (not yet upgraded)
	 * reads as its single row with no description and no checksum; an earlier release's table
	 * reads its missing columns as {@code null}.
	 */
	public List<HistoryRow> read(Connection connection, HistoryFormat format) throws SQLException {
		if (format == HistoryFormat.ABSENT) {
			return List.of();
		}
		String sql = switch (format) {
			case GOLANG_MIGRATE -> "SELECT version, NULL, NULL, NULL, dirty, NULL::timestamptz, NULL, NULL, NULL, NULL"
					+ " FROM " + this.name.sql();
			case EARLIER_MIGRATOR -> "SELECT " + COLUMNS.replace("done_checksum", "NULL") + " FROM " + this.name.sql();
			default -> "SELECT " + COLUMNS + " FROM " + this.name.sql();
		};
		List<HistoryRow> rows = new ArrayList<>();
		try (Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery(sql + " ORDER BY version")) {
			while (result.next()) {
				OffsetDateTime appliedAt = result.getObject(6, OffsetDateTime.class);
				rows.add(new HistoryRow(result.getLong(1), result.getString(2), result.getString(3),
						result.getString(4), result.getBoolean(5), (appliedAt != null) ? appliedAt.toInstant() : null,
						(Long) result.getObject(7), result.getString(8), (Integer) result.getObject(9),
						result.getString(10)));
			}
		}
		return rows;
	}

	/**
	 * The milliseconds since the current transaction began, as the server measures them: a
	 * row written at the end of a migration's transaction is queued with the migration's
	 * statements, before the client could time them.
	 */
	static final String MS_SINCE_TRANSACTION_START = "(extract(epoch FROM clock_timestamp() - now()) * 1000)::bigint";

	/**
	 * Records a migration whose execution time is not known yet (or ever: adopted, baselined);
	 * {@code statementsDone} is non-null only for non-transactional ones.
	 */
	public String insert(long version, String description, String checksum, String downChecksum, boolean dirty,
			Integer statementsDone) {
		return insert(version, description, checksum, downChecksum, dirty, "NULL", statementsDone);
	}

	/**
	 * Records a transactional migration as the last work of its transaction, its execution
	 * time measured by the server from the transaction's start.
	 */
	public String insertAtEndOfTransaction(long version, String description, String checksum, String downChecksum) {
		return insert(version, description, checksum, downChecksum, false, MS_SINCE_TRANSACTION_START, null);
	}

	private String insert(long version, String description, String checksum, String downChecksum, boolean dirty,
			String executionMsSql, Integer statementsDone) {
		return "INSERT INTO " + this.name.sql()
				+ " (version, description, checksum, down_checksum, dirty, execution_ms, statements_done) VALUES ("
				+ version + ", " + SqlLiteral.of(description) + ", " + SqlLiteral.of(checksum) + ", "
				+ SqlLiteral.of(downChecksum) + ", " + dirty + ", " + executionMsSql + ", "
				+ SqlLiteral.of(statementsDone) + ")";
	}

	/** Which of the versions have a row. */
	public Set<Long> recorded(Connection connection, List<Long> versions) throws SQLException {
		try (PreparedStatement statement = connection
			.prepareStatement("SELECT version FROM " + this.name.sql() + " WHERE version = ANY (?)")) {
			statement.setArray(1, connection.createArrayOf("bigint", versions.toArray()));
			Set<Long> recorded = new HashSet<>();
			try (ResultSet result = statement.executeQuery()) {
				while (result.next()) {
					recorded.add(result.getLong(1));
				}
			}
			return recorded;
		}
	}

	/** Records how many statements of a non-transactional migration are done, and the checksum of their text. */
	public String updateProgress(long version, int statementsDone, String doneChecksum) {
		return "UPDATE " + this.name.sql() + " SET statements_done = " + statementsDone + ", done_checksum = "
				+ SqlLiteral.of(doneChecksum) + " WHERE version = " + version;
	}

	/**
	 * Marks a row clean, records how long it ran and the checksums of the files that finished
	 * it: a resumed migration's file may have been fixed since it started.
	 */
	public String markClean(long version, long executionMs, String checksum, String downChecksum) {
		return "UPDATE " + this.name.sql() + " SET dirty = false, execution_ms = " + executionMs + ", checksum = "
				+ SqlLiteral.of(checksum) + ", down_checksum = " + SqlLiteral.of(downChecksum) + " WHERE version = "
				+ version;
	}

	/** Marks a row dirty as its non-transactional down starts; no statement of the down has run. */
	public String markDirty(long version) {
		return "UPDATE " + this.name.sql() + " SET dirty = true, statements_done = NULL WHERE version = " + version;
	}

	public String updateChecksums(long version, String description, String checksum, String downChecksum) {
		return "UPDATE " + this.name.sql() + " SET description = " + SqlLiteral.of(description) + ", checksum = "
				+ SqlLiteral.of(checksum) + ", down_checksum = " + SqlLiteral.of(downChecksum) + " WHERE version = "
				+ version;
	}

	public String delete(long version) {
		return "DELETE FROM " + this.name.sql() + " WHERE version = " + version;
	}

	/** Removes every row above the given version. */
	public String deleteAbove(long version) {
		return "DELETE FROM " + this.name.sql() + " WHERE version > " + version;
	}

	public String deleteAll() {
		return "DELETE FROM " + this.name.sql();
	}

	public String markAllClean() {
		return "UPDATE " + this.name.sql() + " SET dirty = false WHERE dirty";
	}

	private boolean schemaExists(Connection connection) throws SQLException {
		try (PreparedStatement statement = connection
			.prepareStatement("SELECT 1 FROM pg_catalog.pg_namespace WHERE nspname = ?")) {
			statement.setString(1, this.name.schema());
			try (ResultSet result = statement.executeQuery()) {
				return result.next();
			}
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

}
