package dev.migrator;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.migrator.lock.LockHolder;

/**
 * Another migrator held the migration lock for longer than {@code lock-timeout}.
 */
public final class LockTimeoutException extends MigratorException {

	private final Duration timeout;

	private final LockHolder holder;

	public LockTimeoutException(Duration timeout, LockHolder holder) {
		super(message(timeout, holder));
		this.timeout = timeout;
		this.holder = holder;
	}

	public Duration timeout() {
		return this.timeout;
	}

	/** The session that held the lock when the wait ran out, {@code null} if it let go just then. */
	public LockHolder holder() {
		return this.holder;
	}

	private static String message(Duration timeout, LockHolder holder) {
		String who = (holder != null) ? " It is held by " + holder + "." : "";
		return "Timed out after " + timeout.toMillis() + " ms waiting for the migration lock." + who
				+ " Another migration is running; wait for it to finish, or, if that session is stuck,"
				+ " end it with SELECT pg_terminate_backend(pid) and run again.";
	}

	@Override
	public Map<String, Object> details() {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("timeoutMs", this.timeout.toMillis());
		if (this.holder != null) {
			details.put("lockHolderPid", this.holder.pid());
			details.put("lockHolderApplication", this.holder.applicationName());
		}
		return details;
	}

}
