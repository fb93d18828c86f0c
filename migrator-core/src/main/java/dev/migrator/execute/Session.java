package dev.migrator.execute;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

import dev.migrator.MigratorConfig;
import dev.migrator.NoCurrentSchemaException;
import dev.migrator.NotAHistoryTableException;
import dev.migrator.history.History;
import dev.migrator.history.HistoryFormat;
import dev.migrator.history.HistoryLog.LogEntry;
import dev.migrator.history.QualifiedName;
import dev.migrator.lock.AdvisoryLock;
import dev.migrator.lock.LockHolder;
import dev.migrator.lock.LockKey;
import dev.migrator.source.MigrationSet;

/**
 * One operation's connection and the history it works on. Reads the state the engine
 * decides on, refusing a table that is not a history table, and creates the history
 * tables, adopting a golang-migrate table, once an operation is about to change something.
 */
record Session(Connection connection, History history) {

	/** Names the history table, in the configured schema or the connection's current one. */
	static Session open(Connection connection, MigratorConfig config) throws SQLException {
		String schema = (config.schema() != null) ? config.schema()
				: History.currentSchema(connection).orElseThrow(NoCurrentSchemaException::new);
		return new Session(connection, new History(new QualifiedName(schema, config.table())));
	}

	/** Reads the state with one read of the history; changes nothing. */
	public MigrationState state(MigrationSet files) throws SQLException {
		History.Snapshot snapshot = this.history.read(this.connection);
		refuseForeign(snapshot.format());
		return MigrationState.of(files, GolangMigrateAdoption.rows(files, snapshot));
	}

	/**
	 * Creates the tables, or adopts a golang-migrate table, in one transaction; an earlier
	 * release's table is upgraded in place.
	 */
	void createHistory(MigrationSet files, boolean createSchema) throws SQLException {
		HistoryFormat format = this.history.table().format(this.connection);
		refuseForeign(format);
		if (this.history.current(this.connection, format)) {
			return;
		}
		Sql.inTransaction(this.connection, () -> {
			MigrationState legacy = (format == HistoryFormat.GOLANG_MIGRATE) ? state(files) : null;
			this.history.create(this.connection, createSchema);
			if (legacy != null) {
				GolangMigrateAdoption.adopt(this.connection, this.history, legacy);
			}
			return null;
		});
	}

	/** Appends an entry to the history's log. */
	void log(LogEntry entry) throws SQLException {
		Sql.execute(this.connection, this.history.log().append(entry));
	}

	/** The session holding the migration lock now, if any; read without waiting. */
	public Optional<LockHolder> lockHolder() throws SQLException {
		return AdvisoryLock.holder(this.connection, lockKey());
	}

	long lockKey() {
		return LockKey.of(this.history.name());
	}

	private void refuseForeign(HistoryFormat format) {
		if (format == HistoryFormat.FOREIGN) {
			throw new NotAHistoryTableException(this.history.name().toString());
		}
	}

}
