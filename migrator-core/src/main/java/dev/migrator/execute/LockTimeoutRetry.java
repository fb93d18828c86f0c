package dev.migrator.execute;

import java.sql.SQLException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.migrator.MigrationStep;
import dev.migrator.RetryInterruptedException;

/**
 * Retries a migration statement that could not take a table lock within
 * {@code ddl-lock-timeout} (SQLSTATE 55P03), up to {@code ddl-lock-retries} times, waiting
 * longer before each attempt: the session holding the lock is most likely a short
 * transaction that ends soon.
 */
final class LockTimeoutRetry {

	private static final Logger logger = LoggerFactory.getLogger(LockTimeoutRetry.class);

	private static final String LOCK_NOT_AVAILABLE = "55P03";

	private final int retries;

	LockTimeoutRetry(int retries) {
		this.retries = retries;
	}

	/**
	 * Whether the attempt that failed with {@code error} is to be made again; when it is,
	 * returns once the wait before it is over.
	 * @param attempt the failed attempt, from 0
	 */
	boolean again(MigrationStep step, SQLException error, int attempt) {
		if (!LOCK_NOT_AVAILABLE.equals(error.getSQLState()) || attempt >= this.retries) {
			return false;
		}
		logger.warn("Migration {} could not take a table lock within ddl-lock-timeout (attempt {}); retrying", step,
				attempt + 1);
		try {
			Thread.sleep(Math.min(100L << attempt, 5_000L));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new RetryInterruptedException(step.version(), ex);
		}
		return true;
	}

}
