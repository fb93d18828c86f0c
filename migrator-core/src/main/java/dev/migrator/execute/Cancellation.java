package dev.migrator.execute;

import java.sql.Connection;
import java.sql.SQLException;

import org.postgresql.PGConnection;

/**
 * A request, from another thread, to stop a migrator's runs. The run checks it before each
 * migration, before each statement and between polls for the lock; a statement already on
 * the server is cancelled there. Only migration statements are cancelled, never the
 * engine's own bookkeeping, rollback or unlock, so progress is recorded exactly and the
 * session ends idle. Once requested it stays requested: a run that starts later stops at
 * once.
 */
public final class Cancellation {

	/** PostgreSQL's SQLSTATE for a cancelled statement; a {@code statement_timeout} raises it too. */
	static final String QUERY_CANCELED = "57014";

	private boolean requested;

	/** The connection running a migration statement now, {@code null} between statements. */
	private Connection running;

	private int runs;

	/**
	 * Requests the stop, and cancels the migration statement running now, if any. Calling it
	 * again cancels again: a cancel that reaches the server just before the statement does is
	 * dropped there.
	 */
	public synchronized void request() {
		this.requested = true;
		if (this.running != null) {
			try {
				// returns once the server has signalled the backend; holding the monitor meanwhile
				// keeps the run from moving on to a statement that must not be cancelled
				this.running.unwrap(PGConnection.class).cancelQuery();
			}
			catch (SQLException ex) {
				// the statement ends anyway, or the connection is gone: the run sees the request next
			}
		}
	}

	public synchronized boolean requested() {
		return this.requested;
	}

	/** Stops the run, with {@code what} it was doing, when a stop was requested. */
	public synchronized void check(String what) {
		if (this.requested) {
			throw new Interrupted(what);
		}
	}

	/** Whether a failure is the cancel this request sent, not a {@code statement_timeout} or another error. */
	public synchronized boolean caused(SQLException error) {
		return this.requested && QUERY_CANCELED.equals(error.getSQLState());
	}

	/**
	 * Marks a migration statement as about to be sent on {@code connection}.
	 * @return {@code false} when a stop was requested: the statement must not be sent
	 */
	synchronized boolean beforeStatement(Connection connection) {
		if (this.requested) {
			return false;
		}
		this.running = connection;
		return true;
	}

	synchronized void afterStatement() {
		this.running = null;
	}

	public synchronized void runStarted() {
		this.runs++;
	}

	public synchronized void runEnded() {
		this.runs--;
		notifyAll();
	}

	/**
	 * Waits until no run is in progress, requesting the stop again each second.
	 * @return {@code false} when a run was still going when {@code timeoutMs} ran out
	 */
	public synchronized boolean awaitRunsEnded(long timeoutMs) throws InterruptedException {
		long deadline = System.nanoTime() + timeoutMs * 1_000_000;
		while (this.runs > 0) {
			long remainingMs = (deadline - System.nanoTime()) / 1_000_000;
			if (remainingMs <= 0) {
				return false;
			}
			wait(Math.min(remainingMs, 1_000));
			request();
		}
		return true;
	}

	/**
	 * The run stopped because a stop was requested; {@code what} says where, e.g. "migration 5
	 * (add_index, up) rolled back". The caller adds the state the database is in.
	 */
	public static final class Interrupted extends RuntimeException {

		Interrupted(String what) {
			super(what);
		}

	}

}
