package dev.migrator.execute;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

import dev.migrator.DatabaseException;
import dev.migrator.MigrationInterruptedException;
import dev.migrator.MigratorConfig;
import dev.migrator.lock.AdvisoryLock;
import dev.migrator.source.Location;
import dev.migrator.source.MigrationSet;

/**
 * The skeleton every operation shares, after golang-migrate's engine: the files are read
 * first, with no connection held; then, on one connection, the history is named, the lock
 * taken, and the operation reads the state, refuses when it is dirty or invalid, or runs;
 * the lock is let go at the end, an error letting go joined (suppressed) to the
 * operation's own. Read-only operations never take the lock and never create anything.
 * The verbs are {@link OperationRunner}, {@link Force}, {@link Baseline}, {@link Repair},
 * {@link Planning} and {@link StatusReader}.
 */
public final class Engine {

	private final MigratorConfig config;

	private final Cancellation cancellation;

	public Engine(MigratorConfig config, Cancellation cancellation) {
		this.config = config;
		this.cancellation = cancellation;
	}

	MigratorConfig config() {
		return this.config;
	}

	Cancellation cancellation() {
		return this.cancellation;
	}

	/** The migration files, refused when any is badly named or paired. */
	MigrationSet files() {
		MigrationSet files = MigrationSet.load(locations(), this.config.classLoader());
		files.prefetchChecksums();
		return files;
	}

	/** For reports: badly named or paired files are problems to report, not errors. */
	MigrationSet.Loaded filesToReport() {
		MigrationSet.Loaded loaded = MigrationSet.loadWithProblems(locations(), this.config.classLoader());
		loaded.files().prefetchChecksums();
		return loaded;
	}

	private List<Location> locations() {
		return this.config.locations().stream().map(Location::parse).toList();
	}

	/**
	 * The skeleton of the operations that only write the history ({@link Force},
	 * {@link Baseline}, {@link Repair}): under the lock, the history tables are created, the
	 * state is read, and the operation refuses, or writes its rows and its log entry in one
	 * transaction. The caller reads {@code files} before any connection is opened, so that
	 * bad files leave the database as it was.
	 */
	<T> T writingHistory(MigrationSet files, HistoryWork<T> operation) {
		return withConnection((session) -> underLock(session, () -> {
			session.createHistory(files, this.config.createSchema());
			MigrationState state = session.state(files);
			return Sql.inTransaction(session.connection(), () -> operation.run(session, state));
		}));
	}

	/**
	 * Runs work holding the lock on the connection's own session, see {@link AdvisoryLock}.
	 * An error letting go of the lock is added to the work's error, or thrown when the work
	 * succeeded. The session carries the application's name meanwhile: it is the lock's
	 * holder and the log's writer. Reads without the lock leave the session as it is, and
	 * cost no more.
	 */
	<T> T underLock(Session session, LockedWork<T> work) throws SQLException {
		this.cancellation.runStarted();
		long start = System.nanoTime();
		boolean[] waited = { false };
		try (SessionName ignored = nameSession(session.connection());
				AdvisoryLock lock = AdvisoryLock.acquire(session.connection(), session.lockKey(),
						this.config.lockTimeout(), (holder) -> {
							waited[0] = true;
							EngineLog.lock.info("Waiting up to {} s for the migration lock held by {}",
									this.config.lockTimeout().toSeconds(),
									holder.map(Object::toString).orElse("another session"));
						}, this::stopWaitingIfCancelled)) {
			if (waited[0]) {
				EngineLog.lock.info("Got the migration lock after {} s",
						String.format(Locale.ROOT, "%.1f", (System.nanoTime() - start) / 1_000_000 / 1000.0));
			}
			return work.run();
		}
		finally {
			this.cancellation.runEnded();
		}
	}

	private SessionName nameSession(Connection connection) throws SQLException {
		return this.config.nameSessions() ? SessionName.apply(connection, this.config.sessionName()) : null;
	}

	private void stopWaitingIfCancelled() {
		if (this.cancellation.requested()) {
			throw new MigrationInterruptedException("stopped while waiting for the migration lock; nothing was changed");
		}
	}

	/** Runs work on a read-only session: it cannot change anything, not even create the history. */
	<T> T readOnly(Work<T> work) {
		return withConnection((session) -> {
			session.connection().setReadOnly(true);
			try {
				return work.run(session);
			}
			finally {
				session.connection().setReadOnly(false);
			}
		});
	}

	<T> T withConnection(Work<T> work) {
		try (Connection connection = this.config.dataSource().getConnection()) {
			return work.run(Session.open(connection, this.config));
		}
		catch (SQLException ex) {
			throw new DatabaseException("Database error", ex);
		}
	}

	@FunctionalInterface
	interface Work<T> {

		T run(Session session) throws SQLException;

	}

	@FunctionalInterface
	interface HistoryWork<T> {

		T run(Session session, MigrationState state) throws SQLException;

	}

	@FunctionalInterface
	interface LockedWork<T> {

		T run() throws SQLException;

	}

}
