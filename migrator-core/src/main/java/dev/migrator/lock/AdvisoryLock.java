package dev.migrator.lock;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;

import dev.migrator.LockTimeoutException;

/**
 * A session-level PostgreSQL advisory lock held by the session that runs the migrations.
 * It is taken with {@code pg_try_advisory_lock} polled with backoff, never a blocking
 * {@code pg_advisory_lock}: a waiter blocked inside a statement holds a snapshot that makes
 * the holder's {@code CREATE INDEX CONCURRENTLY} wait for it, a deadlock.
 * <p>
 * Holding it on the run's own session means it is let go only once that session is idle:
 * after a rollback, and never while the server still runs a statement of a client that
 * was killed or gave up; the next run waits for it.
 */
public final class AdvisoryLock implements AutoCloseable {

	private static final long FIRST_BACKOFF_MS = 5;

	private static final long MAX_BACKOFF_MS = 500;

	private final Connection connection;

	private final long key;

	private AdvisoryLock(Connection connection, long key) {
		this.connection = connection;
		this.key = key;
	}

	/**
	 * Takes the lock for the session of {@code connection}, waiting at most {@code timeout}.
	 * @param onWait told once, with the current holder, when the lock is not free at once
	 * @param betweenPolls run before each wait between polls; may end the wait by throwing
	 * @throws LockTimeoutException naming the holder when the wait runs out
	 */
	public static AdvisoryLock acquire(Connection connection, long key, Duration timeout,
			Consumer<Optional<LockHolder>> onWait, Runnable betweenPolls) throws SQLException {
		long deadline = System.nanoTime() + timeout.toNanos();
		long backoff = FIRST_BACKOFF_MS;
		boolean told = false;
		while (!tryLock(connection, key)) {
			if (!told) {
				onWait.accept(holder(connection, key));
				told = true;
			}
			long remainingMs = (deadline - System.nanoTime()) / 1_000_000;
			if (remainingMs <= 0) {
				throw new LockTimeoutException(timeout, holder(connection, key).orElse(null));
			}
			betweenPolls.run();
			sleep(Math.min(backoff, remainingMs));
			backoff = Math.min(backoff * 2, MAX_BACKOFF_MS);
		}
		return new AdvisoryLock(connection, key);
	}

	/** The session that holds the lock now, read without waiting. */
	public static Optional<LockHolder> holder(Connection connection, long key) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(
				"SELECT a.pid, a.application_name, host(a.client_addr), a.backend_start, a.state, a.query"
						+ " FROM pg_catalog.pg_locks l JOIN pg_catalog.pg_stat_activity a ON a.pid = l.pid"
						+ " WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1"
						+ " AND l.classid::bigint = ? AND l.objid::bigint = ?"
						+ " AND l.database = (SELECT oid FROM pg_catalog.pg_database WHERE datname = current_database())")) {
			statement.setLong(1, key >>> 32);
			statement.setLong(2, key & 0xFFFFFFFFL);
			try (ResultSet result = statement.executeQuery()) {
				if (!result.next()) {
					return Optional.empty();
				}
				return Optional.of(new LockHolder(result.getInt(1), result.getString(2), result.getString(3),
						result.getTimestamp(4).toInstant(), result.getString(5), result.getString(6)));
			}
		}
	}

	/** Lets go of the lock; the connection stays open. */
	@Override
	public void close() throws SQLException {
		try (PreparedStatement statement = this.connection.prepareStatement("SELECT pg_catalog.pg_advisory_unlock(?)")) {
			statement.setLong(1, this.key);
			statement.execute();
		}
	}

	private static boolean tryLock(Connection connection, long key) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement("SELECT pg_catalog.pg_try_advisory_lock(?)")) {
			statement.setLong(1, key);
			try (ResultSet result = statement.executeQuery()) {
				result.next();
				return result.getBoolean(1);
			}
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for the migration lock", ex);
		}
	}

}
