package dev.migrator.cli;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import dev.migrator.Migrators;

/**
 * Ctrl-C (SIGINT) and SIGTERM while a command runs: a JVM shutdown hook cancels the run,
 * waits for the command to clean up (roll back, let go of the lock) and print what
 * happened, then ends the process with exit code 130.
 * <p>
 * The hand-off: the main thread calls {@link #commandFinished()} once the command has
 * printed its result or error, then {@code System.exit}. Without a signal, that removes the
 * hook and the exit code is the command's. After a signal the hook is already running:
 * {@code System.exit} then blocks, and the hook halts with 130 once the command finished.
 */
final class Interrupts {

	static final int EXIT_CODE = 130;

	/** How long a run gets to stop once cancelled; the server normally answers a cancel at once. */
	private static final Duration STOP_WAIT = Duration.ofSeconds(30);

	/** How long the command then gets to print; it only has to format what it already knows. */
	private static final long PRINT_WAIT_SECONDS = 5;

	private final CountDownLatch finished = new CountDownLatch(1);

	private final Thread hook = new Thread(this::interrupted, "migrator-interrupt");

	private volatile Migrators migrators;

	private Interrupts() {
	}

	static Interrupts install() {
		Interrupts interrupts = new Interrupts();
		Runtime.getRuntime().addShutdownHook(interrupts.hook);
		return interrupts;
	}

	/** The migrators (one per migration set) a signal cancels. */
	void watch(Migrators migrators) {
		this.migrators = migrators;
	}

	void commandFinished() {
		this.finished.countDown();
		try {
			Runtime.getRuntime().removeShutdownHook(this.hook);
		}
		catch (IllegalStateException shuttingDown) {
			// a signal came: the hook runs now and ends the process with 130
		}
	}

	private void interrupted() {
		Migrators cancelled = this.migrators;
		boolean stopped = (cancelled == null) || cancelled.cancel(STOP_WAIT);
		try {
			if (!stopped || !this.finished.await(PRINT_WAIT_SECONDS, TimeUnit.SECONDS)) {
				System.err.println("interrupted: the run did not stop within " + STOP_WAIT.toSeconds() + " s. The server"
						+ " may still be running its statement and holds the migration lock until it ends; `migrator"
						+ " status` shows the state once it has.");
				System.err.flush();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		Runtime.getRuntime().halt(EXIT_CODE);
	}

}
