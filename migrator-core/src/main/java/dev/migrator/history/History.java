package dev.migrator.history;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;

/**
 * The history table and its log under one name: reads them and creates them, decides
 * nothing. What a table of a foreign shape or golang-migrate's shape means is the engine's
 * to decide.
 */
public final class History {

	private final HistoryTable table;

	private final HistoryLog log;

	public History(QualifiedName name) {
		this.table = new HistoryTable(name);
		this.log = new HistoryLog(name);
	}

	/** The schema unqualified names resolve to on this connection, empty when its search_path names none. */
	public static Optional<String> currentSchema(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("SELECT current_schema()")) {
			result.next();
			return Optional.ofNullable(result.getString(1));
		}
	}

	public QualifiedName name() {
		return this.table.name();
	}

	public HistoryTable table() {
		return this.table;
	}

	public HistoryLog log() {
		return this.log;
	}

	/** The table's shape and its rows, read without changing anything. */
	public Snapshot read(Connection connection) throws SQLException {
		HistoryFormat format = this.table.format(connection);
		return new Snapshot(format, (format == HistoryFormat.FOREIGN) ? List.of() : this.table.read(connection, format));
	}

	/** Whether both tables exist in this release's shape: nothing to create or upgrade. */
	public boolean current(Connection connection, HistoryFormat format) throws SQLException {
		return format == HistoryFormat.MIGRATOR && this.log.exists(connection);
	}

	/**
	 * Creates both tables, or upgrades a golang-migrate table or an earlier release's table in
	 * place by adding columns; runs in the caller's transaction.
	 */
	public void create(Connection connection, boolean createSchema) throws SQLException {
		this.table.createOrUpgrade(connection, createSchema);
		this.log.create(connection);
	}

	/**
	 * The history as read.
	 *
	 * @param format the table's shape
	 * @param rows its rows in version order; none for a foreign table, which is never read
	 */
	public record Snapshot(HistoryFormat format, List<HistoryRow> rows) {

	}

}
