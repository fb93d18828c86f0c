package dev.migrator.boot.metrics;

import java.util.Locale;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import dev.migrator.MigrationListener;
import dev.migrator.MigrationStatus;
import dev.migrator.MigrationStep;
import dev.migrator.Migrator;
import dev.migrator.Migrators;
import dev.migrator.SetDefinition;

/**
 * Micrometer meters: migrations run (by direction and outcome), their duration, and gauges
 * of the current version and the pending count read from the history, each tagged with
 * its migration set ({@code app} for the application's).
 */
public class MigratorMetrics implements MigrationListener {

	private final MeterRegistry registry;

	private final String set;

	public MigratorMetrics(MeterRegistry registry) {
		this(registry, SetDefinition.APP);
	}

	private MigratorMetrics(MeterRegistry registry, String set) {
		this.registry = registry;
		this.set = set;
	}

	@Override
	public MigrationListener forSet(String set) {
		return new MigratorMetrics(this.registry, set);
	}

	/** Registers the gauges of every migration set, tagged {@code set}, read from the database when scraped. */
	public void bindTo(Migrators migrators) {
		migrators.names().forEach((set) -> bindTo(set, migrators.migrator(set)));
	}

	private void bindTo(String set, Migrator migrator) {
		Gauge.builder("migrator.version", migrator, (m) -> version(m.status()))
			.description("Highest applied migration version, -1 when none")
			.tag("set", set)
			.register(this.registry);
		Gauge.builder("migrator.pending", migrator, (m) -> m.status().pending().size())
			.description("Migrations not yet applied")
			.tag("set", set)
			.register(this.registry);
	}

	@Override
	public void afterMigration(int index, int count, MigrationStep step, long executionMs, RuntimeException error) {
		String direction = step.direction().name().toLowerCase(Locale.ROOT);
		String outcome = (error != null) ? "failure" : "success";
		Counter.builder("migrator.migrations")
			.description("Migrations run")
			.tag("direction", direction)
			.tag("outcome", outcome)
			.tag("set", this.set)
			.register(this.registry)
			.increment();
		Timer.builder("migrator.migration.duration")
			.description("Time a migration took")
			.tag("direction", direction)
			.tag("outcome", outcome)
			.tag("set", this.set)
			.register(this.registry)
			.record(executionMs, TimeUnit.MILLISECONDS);
	}

	private static double version(MigrationStatus status) {
		return (status.version() != null) ? status.version() : -1;
	}

}
