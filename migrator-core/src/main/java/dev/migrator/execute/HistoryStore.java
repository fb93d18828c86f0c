package dev.migrator.execute;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import dev.migrator.BaselineRefusedException;
import dev.migrator.MigratorConfig;
import dev.migrator.NoCurrentSchemaException;
import dev.migrator.NotAHistoryTableException;
import dev.migrator.history.HistoryFormat;
import dev.migrator.history.HistoryLog;
import dev.migrator.history.HistoryLog.LogEntry;
import dev.migrator.history.HistoryRow;
import dev.migrator.history.HistoryTable;
import dev.migrator.history.QualifiedName;
import dev.migrator.source.Migration;
import dev.migrator.source.MigrationSet;

/**
 * The history table and its log as the engine uses them: reading the state, adopting a
 * golang-migrate table, and the bookkeeping operations (force, baseline, repair), each in
 * one transaction with its log entry.
 */
public final class HistoryStore {

	private final HistoryTable table;

	private final HistoryLog log;

	private HistoryStore(QualifiedName name) {
		this.table = new HistoryTable(name);
		this.log = new HistoryLog(name);
	}

	/** Names the history table, in the configured schema or the connection's current one. */
	public static HistoryStore resolve(Connection connection, MigratorConfig config) throws SQLException {
		String schema = config.schema();
		if (schema == null) {
			try (Statement statement = connection.createStatement();
					ResultSet result = statement.executeQuery("SELECT current_schema()")) {
				result.next();
				schema = result.getString(1);
			}
			if (schema == null) {
				throw new NoCurrentSchemaException();
			}
		}
		return new HistoryStore(new QualifiedName(schema, config.table()));
	}

	public QualifiedName name() {
		return this.table.name();
	}

	public MigrationExecutor executor(int ddlLockRetries, Cancellation cancellation) {
		return new MigrationExecutor(this.table, this.log, ddlLockRetries, cancellation);
	}

	/** Reads the state with one query of the history; changes nothing. */
	public MigrationState read(Connection connection, MigrationSet files) throws SQLException {
		HistoryFormat format = this.table.format(connection);
		refuseForeign(format);
		return MigrationState.of(files, this.table.read(connection, format), format);
	}

	/**
	 * Creates the tables, or adopts a golang-migrate table: its columns are added in place and
	 * every file at or below its version is recorded as applied, keeping its dirty flag.
	 */
	public void prepare(Connection connection, MigrationSet files, boolean createSchema) throws SQLException {
		HistoryFormat format = this.table.format(connection);
		refuseForeign(format);
		// an earlier release's table goes on to be upgraded in place
		if (format == HistoryFormat.MIGRATOR && tableExists(connection, this.log.name())) {
			return;
		}
		inTransaction(connection, () -> {
			MigrationState legacy = (format == HistoryFormat.GOLANG_MIGRATE) ? read(connection, files) : null;
			this.table.createOrUpgrade(connection, createSchema);
			this.log.create(connection);
			if (legacy != null) {
				adopt(connection, legacy);
			}
		});
	}

	private void adopt(Connection connection, MigrationState legacy) throws SQLException {
		Instant started = Instant.now();
		long version = legacy.currentVersion();
		for (HistoryRow row : legacy.applied()) {
			if (row.version() == version) {
				Sql.execute(connection, this.table.updateChecksums(version, row.description(), row.checksum(), row.downChecksum()));
			}
			else {
				Sql.execute(connection, this.table.insert(row.version(), row.description(), row.checksum(), row.downChecksum(),
						false, null, null));
			}
		}
		Sql.execute(connection, this.log.append(new LogEntry("adopt", version, "adopted golang-migrate history", null, started, 0L)));
	}

	public void force(Connection connection, MigrationSet files, long version) throws SQLException {
		MigrationState state = read(connection, files);
		Instant started = Instant.now();
		inTransaction(connection, () -> {
			if (version < 0) {
				Sql.execute(connection, this.table.deleteAll());
			}
			else {
				Sql.execute(connection, this.table.deleteAbove(version));
				Sql.execute(connection, this.table.markAllClean());
				recordAsApplied(connection, state, files, version, "forced");
			}
			Sql.execute(connection, this.log.append(new LogEntry("force", version, "forced to version " + version, null, started, 0L)));
		});
	}

	public void baseline(Connection connection, MigrationSet files, long version) throws SQLException {
		MigrationState state = read(connection, files);
		if (!state.applied().isEmpty() || version < 0) {
			throw new BaselineRefusedException(version, state.applied().size(), state.currentVersion());
		}
		Instant started = Instant.now();
		inTransaction(connection, () -> {
			recordAsApplied(connection, state, files, version, "baseline");
			Sql.execute(connection, this.log.append(new LogEntry("baseline", version, "baseline at version " + version, null,
					started, 0L)));
		});
	}

	public List<Long> repair(Connection connection, MigrationState state) throws SQLException {
		Instant started = Instant.now();
		List<Long> repaired = new ArrayList<>();
		inTransaction(connection, () -> {
			for (HistoryRow row : state.applied()) {
				Migration migration = state.files().find(row.version()).orElse(null);
				if (migration == null || row.checksum() == null) {
					continue;
				}
				String down = (migration.down() != null) ? migration.down().checksum() : null;
				boolean changed = !migration.up().checksum().equals(row.checksum())
						|| (row.downChecksum() != null && !row.downChecksum().equals(down))
						|| !migration.description().equals(row.description());
				if (changed) {
					Sql.execute(connection, this.table.updateChecksums(row.version(), migration.description(),
							migration.up().checksum(), down));
				}
				if (row.dirty() && row.statementsDone() != null && row.statementsDone() > 0
						&& repairDoneStatements(connection, row, migration)) {
					changed = true;
				}
				if (changed) {
					repaired.add(row.version());
				}
			}
			Sql.execute(connection, this.log.append(new LogEntry("repair", null, "re-recorded checksums of " + repaired, null,
					started, 0L)));
		});
		return repaired;
	}

	/**
	 * Records the statements done of a dirty non-transactional migration as the file has them
	 * now, so that {@code up --resume} takes the edited file; {@code false} when they are
	 * unchanged or the file has fewer statements than are done.
	 */
	private boolean repairDoneStatements(Connection connection, HistoryRow row, Migration migration)
			throws SQLException {
		DoneStatements done = DoneStatements.of(migration.up(), row.statementsDone());
		if (done.count() < row.statementsDone() || done.checksum().equals(row.doneChecksum())) {
			return false;
		}
		Sql.execute(connection, this.table.updateProgress(row.version(), done.count(), done.checksum()));
		return true;
	}

	/** Records every file up to {@code version} as applied, and a marker row at it when no file has it. */
	private void recordAsApplied(Connection connection, MigrationState state, MigrationSet files, long version,
			String marker) throws SQLException {
		for (Migration migration : files.migrations()) {
			if (migration.version() > version) {
				break;
			}
			if (!state.isApplied(migration.version())) {
				Sql.execute(connection, this.table.insert(migration.version(), migration.description(), migration.up().checksum(),
						(migration.down() != null) ? migration.down().checksum() : null, false, null, null));
			}
		}
		if (files.find(version).isEmpty() && !state.isApplied(version)) {
			Sql.execute(connection, this.table.insert(version, marker, null, null, false, null, null));
		}
	}

	private void refuseForeign(HistoryFormat format) {
		if (format == HistoryFormat.FOREIGN) {
			throw new NotAHistoryTableException(this.table.name().toString());
		}
	}

	private static boolean tableExists(Connection connection, QualifiedName name) throws SQLException {
		try (var statement = connection.prepareStatement("SELECT to_regclass(?) IS NOT NULL")) {
			statement.setString(1, name.sql());
			try (ResultSet result = statement.executeQuery()) {
				result.next();
				return result.getBoolean(1);
			}
		}
	}

	private static void inTransaction(Connection connection, SqlWork work) throws SQLException {
		connection.setAutoCommit(false);
		try {
			work.run();
			connection.commit();
		}
		catch (SQLException | RuntimeException ex) {
			connection.rollback();
			throw ex;
		}
		finally {
			connection.setAutoCommit(true);
		}
	}

	@FunctionalInterface
	private interface SqlWork {

		void run() throws SQLException;

	}

}
