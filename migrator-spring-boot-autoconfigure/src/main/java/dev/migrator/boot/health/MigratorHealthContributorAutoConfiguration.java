package dev.migrator.boot.health;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;

import dev.migrator.Migrator;
import dev.migrator.Migrators;
import dev.migrator.boot.autoconfigure.MigratorAutoConfiguration;
import dev.migrator.boot.autoconfigure.MigratorInstances;

/**
 * The {@code migrator} health contributor, when Spring Boot's health support is present:
 * one indicator, or with several migration sets a composite with one indicator per set,
 * and with several instances a composite of those per instance.
 */
@AutoConfiguration(after = MigratorAutoConfiguration.class)
@ConditionalOnClass({ Migrator.class, HealthIndicator.class })
@ConditionalOnBean(Migrator.class)
@ConditionalOnEnabledHealthIndicator("migrator")
public final class MigratorHealthContributorAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean(name = { "migratorHealthIndicator", "migratorHealthContributor" })
	HealthContributor migratorHealthContributor(MigratorInstances instances) {
		if (instances.names().size() == 1) {
			return contributor(instances.instance(MigratorInstances.DEFAULT));
		}
		Map<String, HealthContributor> contributors = new LinkedHashMap<>();
		instances.names().forEach((name) -> contributors.put(name, contributor(instances.instance(name))));
		return CompositeHealthContributor.fromMap(contributors);
	}

	private static HealthContributor contributor(Migrators migrators) {
		if (migrators.names().size() == 1) {
			return new MigratorHealthIndicator(migrators.migrator(migrators.names().get(0)));
		}
		Map<String, HealthContributor> sets = new LinkedHashMap<>();
		migrators.names().forEach((name) -> sets.put(name, new MigratorHealthIndicator(migrators.migrator(name))));
		return CompositeHealthContributor.fromMap(sets);
	}

}
