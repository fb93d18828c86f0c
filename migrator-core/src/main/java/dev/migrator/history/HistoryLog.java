package dev.migrator.history;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;

/**
 * The append-only {@code schema_migrations_log} table: one row per action, successful or not.
 */
public final class HistoryLog {

	private final QualifiedName name;

	public HistoryLog(QualifiedName historyTable) {
		this.name = historyTable.withTable(historyTable.table() + "_log");
	}

	public QualifiedName name() {
		return this.name;
	}

	public boolean exists(Connection connection) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement("SELECT to_regclass(?) IS NOT NULL")) {
			statement.setString(1, this.name.sql());
			try (ResultSet result = statement.executeQuery()) {
				result.next();
				return result.getBoolean(1);
			}
		}
	}

	public void create(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute("CREATE TABLE IF NOT EXISTS " + this.name.sql() + " ("
					+ "id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, action text NOT NULL, version bigint,"
					+ " description text, success boolean NOT NULL, error text, started_at timestamptz NOT NULL,"
					+ " execution_ms bigint, performed_by text NOT NULL DEFAULT current_user,"
					+ " application_name text DEFAULT current_setting('application_name'))");
		}
	}

	public String append(LogEntry entry) {
		return append(entry.action(), entry.version(), entry.description(), entry.error(),
				SqlLiteral.of(entry.startedAt().toString()) + "::timestamptz", SqlLiteral.of(entry.executionMs()));
	}

	/**
	 * Logs a migration that succeeded as the last work of its transaction: it started when
	 * the transaction did, and ran until now, as the server measures it.
	 */
	public String appendAtEndOfTransaction(String action, long version, String description) {
		return append(action, version, description, null, "now()", HistoryTable.MS_SINCE_TRANSACTION_START);
	}

	private String append(String action, Long version, String description, String error, String startedAtSql,
			String executionMsSql) {
		return "INSERT INTO " + this.name.sql()
				+ " (action, version, description, success, error, started_at, execution_ms) VALUES ("
				+ SqlLiteral.of(action) + ", " + SqlLiteral.of(version) + ", " + SqlLiteral.of(description) + ", "
				+ (error == null) + ", " + SqlLiteral.of(error) + ", " + startedAtSql + ", " + executionMsSql + ")";
	}

	/**
	 * One action to log.
	 *
	 * @param action {@code up}, {@code down}, {@code force}, {@code baseline}, {@code repair}
	 * @param version the version it concerned, or {@code null}
	 * @param description what it concerned
	 * @param error the error message if it failed, {@code null} on success
	 * @param startedAt when it started
	 * @param executionMs how long it took
	 */
	public record LogEntry(String action, Long version, String description, String error, Instant startedAt,
			Long executionMs) {

	}

}
