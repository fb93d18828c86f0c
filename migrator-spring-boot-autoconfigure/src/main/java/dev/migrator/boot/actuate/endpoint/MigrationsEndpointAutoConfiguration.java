package dev.migrator.boot.actuate.endpoint;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

import dev.migrator.Migrator;
import dev.migrator.lint.LintConfig;
import dev.migrator.boot.autoconfigure.MigratorAutoConfiguration;
import dev.migrator.boot.autoconfigure.MigratorInstances;
import dev.migrator.boot.autoconfigure.MigratorProperties;

/**
 * The {@code migrations} actuator endpoint, when it is available (enabled and exposed), with
 * its drift check ({@code migrator.drift.*}).
 */
@AutoConfiguration(after = MigratorAutoConfiguration.class)
@ConditionalOnClass({ Migrator.class, ConditionalOnAvailableEndpoint.class })
@ConditionalOnBean(Migrator.class)
@ConditionalOnAvailableEndpoint(MigrationsEndpoint.class)
public final class MigrationsEndpointAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	MigrationsEndpoint migrationsEndpoint(MigratorInstances instances, ObjectProvider<LintConfig> lintConfig,
			MigratorProperties properties) {
		return new MigrationsEndpoint(instances, lintConfig.getIfAvailable(LintConfig::defaults),
				properties.getDrift());
	}

}
