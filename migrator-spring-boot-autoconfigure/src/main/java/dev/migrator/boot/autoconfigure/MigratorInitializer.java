package dev.migrator.boot.autoconfigure;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.Ordered;

import dev.migrator.LintFailedException;
import dev.migrator.MigrationInterruptedException;
import dev.migrator.MigrationResult;
import dev.migrator.Migrator;
import dev.migrator.MigratorException;
import dev.migrator.Migrators;
import dev.migrator.SetFailedException;
import dev.migrator.boot.autoconfigure.MigratorProperties.Lint.OnStartup;
import dev.migrator.lint.Finding;
import dev.migrator.lint.LintConfig;
import dev.migrator.lint.Severity;

/**
 * Lints the pending migrations, then migrates every instance's migration sets in order when
 * the context starts, or hands each set's {@link Migrator} to a
 * {@link MigratorMigrationStrategy}. A failure in one set stops there, named by a
 * {@link MigratorInstanceFailedException} in a further instance and by a
 * {@link SetFailedException} when the application's DataSource has several sets; the sets
 * before it stay done.
 * Database users wait for it through {@link MigratorInitializerDatabaseInitializerDetector}.
 * <p>
 * A shutdown (SIGTERM, Ctrl-C) during the startup migration cancels it: the statement
 * running is cancelled on the server, its transaction rolled back, the lock let go, and the
 * context start fails with a {@link MigrationInterruptedException} that says what it left.
 * That needs a JVM shutdown hook of its own: Spring's hook closes the context, and closing
 * waits for the refresh, which runs the migration, to end.
 */
public class MigratorInitializer implements InitializingBean, Ordered {

	private static final Log logger = LogFactory.getLog(MigratorInitializer.class);

	/** How long a shutdown waits for the cancelled migration to stop; the server normally answers at once. */
	private static final Duration STOP_WAIT = Duration.ofSeconds(30);

	/** How long it then waits for the interruption to be logged. */
	private static final long LOG_WAIT_SECONDS = 5;

	private final MigratorInstances instances;

	private final MigratorMigrationStrategy strategy;

	private final LintConfig lintConfig;

	private final OnStartup lintOnStartup;

	private int order;

	public MigratorInitializer(MigratorInstances instances, MigratorMigrationStrategy strategy, LintConfig lintConfig,
			OnStartup lintOnStartup) {
		this.instances = instances;
		this.strategy = (strategy != null) ? strategy : MigratorInitializer::migrate;
		this.lintConfig = lintConfig;
		this.lintOnStartup = lintOnStartup;
	}

	@Override
	public void afterPropertiesSet() {
		if (this.lintOnStartup != OnStartup.OFF) {
			lint();
		}
		CountDownLatch finished = new CountDownLatch(1);
		Thread hook = new Thread(() -> cancelAndWait(finished), "migrator-shutdown");
		Runtime.getRuntime().addShutdownHook(hook);
		try {
			this.instances.names().forEach(this::migrateInstance);
		}
		finally {
			finished.countDown();
			try {
				Runtime.getRuntime().removeShutdownHook(hook);
			}
			catch (IllegalStateException shuttingDown) {
				// the hook runs now
			}
		}
	}

	private void migrateInstance(String instance) {
		Migrators migrators = this.instances.instance(instance);
		for (String set : migrators.names()) {
			try {
				this.strategy.migrate(migrators.migrator(set));
			}
			catch (MigrationInterruptedException ex) {
				// logged here because the JVM may end before the failed start is reported
				logger.error(ex.getMessage());
				throw named(instance, migrators, set, ex);
			}
			catch (MigratorException ex) {
				throw named(instance, migrators, set, ex);
			}
		}
	}

	/**
	 * The set's error, named: with its instance's name and the CLI options that reach it
	 * when further instances are configured (the default instance too, so the analysis says
	 * which DataSource failed); with the set's name when the application's only instance has
	 * several sets. An application with one set keeps its errors as they were.
	 */
	private MigratorException named(String instance, Migrators migrators, String set, MigratorException ex) {
		if (this.instances.names().size() > 1) {
			return new MigratorInstanceFailedException(instance, set, CliCommand.of(migrators.migrator(set).config(), ex),
					ex);
		}
		return (migrators.names().size() > 1) ? new SetFailedException(set, ex) : ex;
	}

	/**
	 * Migrates, and says so when nothing ran: the engine logs what a run did and stays
	 * silent on a no-op, where the application's logging is up anyway.
	 */
	private static void migrate(Migrator migrator) {
		MigrationResult result = migrator.migrate();
		if (result.steps().isEmpty()) {
			logger.info(result.summary());
		}
	}

	/** Holds the JVM's shutdown until the migration stopped and said so. */
	private void cancelAndWait(CountDownLatch finished) {
		List<Boolean> stopped = this.instances.names()
			.stream()
			.map((instance) -> this.instances.instance(instance).cancel(STOP_WAIT))
			.toList();
		if (!stopped.contains(false)) {
			try {
				finished.await(LOG_WAIT_SECONDS, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		else {
			logger.error("The startup migration did not stop within " + STOP_WAIT.toSeconds() + " s of the shutdown;"
					+ " the server may still run its statement and holds the migration lock until it ends");
		}
	}

	private void lint() {
		List<Finding> findings = this.instances.names()
			.stream()
			.flatMap((instance) -> this.instances.instance(instance).migrators().stream())
			.flatMap((migrator) -> migrator.lintPending(this.lintConfig).stream())
			.toList();
		findings.forEach((finding) -> logger.warn("Lint: " + finding));
		List<Finding> errors = findings.stream().filter((finding) -> finding.severity() == Severity.ERROR).toList();
		if (this.lintOnStartup == OnStartup.FAIL && !errors.isEmpty()) {
			throw new LintFailedException(errors, "migrator.lint.on-startup=fail");
		}
	}

	public void setOrder(int order) {
		this.order = order;
	}

	@Override
	public int getOrder() {
		return this.order;
	}

}
