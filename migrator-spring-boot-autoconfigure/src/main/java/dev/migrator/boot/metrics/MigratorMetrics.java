package dev.migrator.boot.metrics;

import java.util.Locale;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;

import dev.migrator.MigrationListener;
import dev.migrator.MigrationStatus;
import dev.migrator.MigrationStep;
import dev.migrator.Migrator;
import dev.migrator.Migrators;
import dev.migrator.SetDefinition;
import dev.migrator.boot.autoconfigure.MigratorInstanceListener;
import dev.migrator.boot.autoconfigure.MigratorInstances;

/**
 * Micrometer meters: migrations run (by direction and outcome), their duration, and gauges
 * of the current version and the pending count read from the history, each tagged with
 * its instance ({@code default} for the application's DataSource) and migration set
 * ({@code app} for the application's).
 */
public class MigratorMetrics implements MigratorInstanceListener {

	private final MeterRegistry registry;

	private final String instance;

	private final String set;

	public MigratorMetrics(MeterRegistry registry) {
		this(registry, MigratorInstances.DEFAULT, SetDefinition.APP);
	}

	private MigratorMetrics(MeterRegistry registry, String instance, String set) {
		this.registry = registry;
		this.instance = instance;
		this.set = set;
	}

	@Override
	public MigrationListener forInstance(String instance) {
		return new MigratorMetrics(this.registry, instance, this.set);
	}

	@Override
	public MigrationListener forSet(String set) {
		return new MigratorMetrics(this.registry, this.instance, set);
	}

	/** Registers the gauges of every instance's sets, read from the database when scraped. */
	public void bindTo(MigratorInstances instances) {
		for (String instance : instances.names()) {
			Migrators migrators = instances.instance(instance);
			migrators.names().forEach((set) -> bindTo(Tags.of("instance", instance, "set", set), migrators.migrator(set)));
		}
	}

	private void bindTo(Tags tags, Migrator migrator) {
		Gauge.builder("migrator.version", migrator, (m) -> version(m.status()))
			.description("Highest applied migration version, -1 when none")
			.tags(tags)
			.register(this.registry);
		Gauge.builder("migrator.pending", migrator, (m) -> m.status().pending().size())
			.description("Migrations not yet applied")
			.tags(tags)
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
			.tag("instance", this.instance)
			.tag("set", this.set)
			.register(this.registry)
			.increment();
		Timer.builder("migrator.migration.duration")
			.description("Time a migration took")
			.tag("direction", direction)
			.tag("outcome", outcome)
			.tag("instance", this.instance)
			.tag("set", this.set)
			.register(this.registry)
			.record(executionMs, TimeUnit.MILLISECONDS);
	}

	private static double version(MigrationStatus status) {
		return (status.version() != null) ? status.version() : -1;
	}

}
