package dev.migrator.boot.health;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;

import dev.migrator.Migrator;
import dev.migrator.boot.autoconfigure.MigratorAutoConfiguration;

/**
 * The {@code migrator} health indicator, when Spring Boot's health support is present.
 */
@AutoConfiguration(after = MigratorAutoConfiguration.class)
@ConditionalOnClass({ Migrator.class, HealthIndicator.class })
@ConditionalOnBean(Migrator.class)
@ConditionalOnEnabledHealthIndicator("migrator")
public final class MigratorHealthContributorAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean(name = "migratorHealthIndicator")
	MigratorHealthIndicator migratorHealthIndicator(Migrator migrator) {
		return new MigratorHealthIndicator(migrator);
	}

}
