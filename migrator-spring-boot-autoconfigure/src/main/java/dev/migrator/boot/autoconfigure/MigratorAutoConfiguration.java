package dev.migrator.boot.autoconfigure;

import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.PropertyMapper;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.sql.init.dependency.DatabaseInitializationDependencyConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import dev.migrator.MigrationListener;
import dev.migrator.MigrationStep;
import dev.migrator.Migrator;
import dev.migrator.MigratorConfig;
import dev.migrator.Migrators;
import dev.migrator.SetDefinition;
import dev.migrator.generate.MigrationGenerator;
import dev.migrator.lint.LintConfig;

/**
 * Auto-configuration for Migrator: maps {@code migrator.*} onto the engine's config and
 * migrates on startup, before the application's database users.
 */
@AutoConfiguration(after = DataSourceAutoConfiguration.class)
@ConditionalOnClass(Migrator.class)
@Conditional(MigratorAutoConfiguration.MigratorDataSourceCondition.class)
@ConditionalOnBooleanProperty(name = "migrator.enabled", matchIfMissing = true)
@EnableConfigurationProperties(MigratorProperties.class)
@Import(DatabaseInitializationDependencyConfigurer.class)
public final class MigratorAutoConfiguration {

	@Bean
	MigratorSchemaManagementProvider migratorSchemaManagementProvider(ObjectProvider<MigratorInstances> instances) {
		return new MigratorSchemaManagementProvider(instances);
	}

	@Bean
	@ConditionalOnMissingBean
	Migrator migrator(MigratorProperties properties, ResourceLoader resourceLoader, Environment environment,
			ObjectProvider<DataSource> dataSource, @MigratorDataSource ObjectProvider<DataSource> migratorDataSource,
			ObjectProvider<MigrationListener> listeners) {
		MigratorConfig.Builder config = MigratorConfig.builder()
			.dataSource(migrationDataSource(properties, migratorDataSource.getIfAvailable(), dataSource.getIfUnique()))
			.classLoader(resourceLoader.getClassLoader())
			.listener(composite(listeners.orderedStream().toList()));
		PropertyMapper map = PropertyMapper.get();
		map.from(environment.getProperty("spring.application.name")).whenHasText().to(config::applicationName);
		map.from(properties.getLocations()).to(config::locations);
		map.from(properties.getTable()).to(config::table);
		map.from(properties.getSchema()).to(config::schema);
		map.from(properties.isCreateSchema()).to(config::createSchema);
		map.from(properties.getLockTimeout()).to(config::lockTimeout);
		map.from(properties.getDdlLockTimeout()).to(config::ddlLockTimeout);
		map.from(properties.getDdlLockRetries()).to(config::ddlLockRetries);
		map.from(properties.isValidateOnMigrate()).to(config::validateOnMigrate);
		map.from(properties.isOutOfOrder()).to(config::outOfOrder);
		map.from(properties.isIgnoreAhead()).to(config::ignoreAhead);
		map.from(properties.getTarget()).to(config::target);
		return new Migrator(config.build());
	}

	@Bean
	@ConditionalOnMissingBean
	Migrators migrators(Migrator migrator, MigratorProperties properties) {
		MigratorConfig app = migrator.config();
		return Migrators.of(app,
				MigrationSets.forApplication(Migrators.librarySets(app.classLoader()), properties.getSets()));
	}

	@Bean
	@ConditionalOnMissingBean
	MigratorInstances migratorInstances(Migrator migrator, Migrators migrators, MigratorProperties properties,
			ListableBeanFactory beanFactory, ObjectProvider<MigrationListener> listeners) {
		Map<String, Migrators> further = new LinkedHashMap<>();
		MigratorConfig app = migrator.config();
		List<SetDefinition> librarySets = properties.getInstances().isEmpty() ? List.of()
				: Migrators.librarySets(app.classLoader());
		properties.getInstances().forEach((name, instance) -> {
			MigratorConfig config = app.toBuilder()
				.dataSource(instanceDataSource(name, instance, beanFactory))
				.listener(composite(listeners.orderedStream()
					.map((listener) -> (listener instanceof MigratorInstanceListener instanceListener)
							? instanceListener.forInstance(name) : listener)
					.toList()))
				.locations(instance.getLocations())
				.table(instance.getTable())
				.build();
			further.put(name, Migrators.of(config, MigrationSets.forInstance(librarySets, instance.getSets())));
		});
		return new MigratorInstances(migrators, further);
	}

	@Bean
	@ConditionalOnMissingBean
	LintConfig migratorLintConfig(MigratorProperties properties) {
		return LintConfig.builder()
			.severities(properties.getLint().getSeverity())
			.postgresMajor(properties.getLint().getPostgresVersion())
			.build();
	}

	@Bean
	@ConditionalOnMissingBean
	MigrationGenerator migrationGenerator(MigratorProperties properties, LintConfig lintConfig) {
		MigratorProperties.Generator generator = properties.getGenerator();
		return new MigrationGenerator(generator.getOutputDir(), generator.getTemplates(), generator.getNumbering(),
				Clock.systemUTC(), lintConfig);
	}

	@Bean
	@ConditionalOnMissingBean
	MigratorInitializer migratorInitializer(MigratorInstances instances,
			ObjectProvider<MigratorMigrationStrategy> strategy, LintConfig lintConfig, MigratorProperties properties) {
		return new MigratorInitializer(instances, strategy.getIfAvailable(), lintConfig,
				properties.getLint().getOnStartup());
	}

	@Bean
	@ConditionalOnBooleanProperty("spring.jpa.defer-datasource-initialization")
	DeferredJpaInitializationWarning migratorDeferredJpaInitializationWarning() {
		return new DeferredJpaInitializationWarning();
	}

	private static DataSource migrationDataSource(MigratorProperties properties, DataSource migratorDataSource,
			DataSource dataSource) {
		if (migratorDataSource != null) {
			return migratorDataSource;
		}
		if (properties.getUrl() != null) {
			return DataSourceBuilder.create()
				.type(SimpleDriverDataSource.class)
				.url(properties.getUrl())
				.username(properties.getUser())
				.password(properties.getPassword())
				.build();
		}
		if (properties.getUser() != null && dataSource != null) {
			return DataSourceBuilder.derivedFrom(dataSource)
				.type(SimpleDriverDataSource.class)
				.username(properties.getUser())
				.password(properties.getPassword())
				.build();
		}
		if (dataSource == null) {
			throw new IllegalStateException("Migrator found no unique DataSource to migrate: mark one with"
					+ " @MigratorDataSource or set migrator.url");
		}
		return dataSource;
	}

	/** The instance's own URL, else the DataSource bean marked {@code @MigratorDataSource("<name>")}. */
	private static DataSource instanceDataSource(String name, MigratorProperties.Instance instance,
			ListableBeanFactory beanFactory) {
		if (instance.getUrl() != null) {
			return DataSourceBuilder.create()
				.type(SimpleDriverDataSource.class)
				.url(instance.getUrl())
				.username(instance.getUser())
				.password(instance.getPassword())
				.build();
		}
		List<String> marked = Arrays.stream(beanFactory.getBeanNamesForType(DataSource.class))
			.filter((bean) -> {
				MigratorDataSource qualifier = beanFactory.findAnnotationOnBean(bean, MigratorDataSource.class);
				return qualifier != null && qualifier.value().equals(name);
			})
			.toList();
		if (marked.size() != 1) {
			throw new IllegalStateException("Migrator instance '" + name + "' needs one DataSource: set migrator.instances."
					+ name + ".url or mark one DataSource bean @MigratorDataSource(\"" + name + "\"); found " + marked);
		}
		return beanFactory.getBean(marked.get(0), DataSource.class);
	}

	private static MigrationListener composite(List<MigrationListener> listeners) {
		if (listeners.size() == 1) {
			return listeners.get(0);
		}
		return new MigrationListener() {

			@Override
			public void beforeMigration(int index, int count, MigrationStep step) {
				listeners.forEach((listener) -> listener.beforeMigration(index, count, step));
			}

			@Override
			public void afterMigration(int index, int count, MigrationStep step, long executionMs,
					RuntimeException error) {
				listeners.forEach((listener) -> listener.afterMigration(index, count, step, executionMs, error));
			}

			@Override
			public MigrationListener forSet(String set) {
				return composite(listeners.stream().map((listener) -> listener.forSet(set)).toList());
			}

		};
	}

	/**
	 * With deferred initialization JPA creates its schema before the migrations run, which
	 * defeats them; said once, at startup.
	 */
	static final class DeferredJpaInitializationWarning {

		private static final Log logger = LogFactory.getLog(DeferredJpaInitializationWarning.class);

		DeferredJpaInitializationWarning() {
			logger.warn("spring.jpa.defer-datasource-initialization=true makes Hibernate initialize the schema"
					+ " before Migrator runs its migrations; remove the property and let migrations own the schema");
		}

	}

	/** Migrator runs where there is a DataSource to migrate, or a URL of its own. */
	static final class MigratorDataSourceCondition extends AnyNestedCondition {

		MigratorDataSourceCondition() {
			super(ConfigurationPhase.REGISTER_BEAN);
		}

		@ConditionalOnBean(DataSource.class)
		private static final class DataSourceBeanCondition {

		}

		@ConditionalOnProperty("migrator.url")
		private static final class MigratorUrlCondition {

		}

	}

}
