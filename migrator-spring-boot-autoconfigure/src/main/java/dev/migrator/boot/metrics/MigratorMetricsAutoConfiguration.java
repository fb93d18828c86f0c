package dev.migrator.boot.metrics;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

import dev.migrator.Migrator;
import dev.migrator.boot.autoconfigure.MigratorAutoConfiguration;
import dev.migrator.boot.autoconfigure.MigratorInstances;

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
	SmartInitializingSingleton migratorGauges(MigratorMetrics metrics, ObjectProvider<MigratorInstances> instances) {
		return () -> instances.ifAvailable(metrics::bindTo);
	}

}
