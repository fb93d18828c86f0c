package dev.migrator.boot.metrics;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

import dev.migrator.Migrator;
import dev.migrator.Migrators;
import dev.migrator.boot.autoconfigure.MigratorAutoConfiguration;

/**
 * Micrometer meters for Migrator, when a {@link MeterRegistry} is present.
 */
@AutoConfiguration(before = MigratorAutoConfiguration.class,
		afterName = "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration")
@ConditionalOnClass({ Migrator.class, MeterRegistry.class })
@ConditionalOnBean(MeterRegistry.class)
public final class MigratorMetricsAutoConfiguration {

	@Bean
	MigratorMetrics migratorMetrics(MeterRegistry registry) {
		return new MigratorMetrics(registry);
	}

	@Bean
	SmartInitializingSingleton migratorGauges(MigratorMetrics metrics, ObjectProvider<Migrators> migrators) {
		return () -> migrators.ifAvailable(metrics::bindTo);
	}

}
