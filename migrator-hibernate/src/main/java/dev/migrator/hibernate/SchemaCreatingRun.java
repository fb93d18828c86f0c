package dev.migrator.hibernate;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.persistence.EntityManagerFactory;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringApplication.AbandonedRunException;
import org.springframework.boot.SpringApplicationHook;
import org.springframework.boot.SpringApplicationRunListener;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.bootstrap.ConfigurableBootstrapContext;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * One start of the application's context in which Hibernate creates the schema on the given
 * database. The run is abandoned once the context is refreshed, before the runners, and the
 * context closed.
 */
final class SchemaCreatingRun implements SpringApplicationHook, SpringApplicationRunListener {

	private static final String DATA_SOURCE_BEAN = "migratorEntitySchemaDataSource";

	/**
	 * The run prints into the user's build: Hibernate's and Spring's JPA setup say at INFO what
	 * nobody asked for there, the scratch database's URL with every driver parameter among it.
	 * Default properties, because Boot's logging reads its levels before this hook's listener
	 * adds its properties; the application's own {@code logging.level} settings still win.
	 */
	private static final Map<String, Object> QUIET = Map.of("logging.level.org.hibernate", "warn",
			"logging.level.org.springframework.orm.jpa", "warn",
			"logging.level.org.springframework.data.repository.config", "warn");

	private final DataSource database;

	SchemaCreatingRun(DataSource database) {
		this.database = database;
	}

	void run(Class<?> application) {
		Thread thread = Thread.currentThread();
		ClassLoader previous = thread.getContextClassLoader();
		// Boot reads spring.factories and the application's resources through this loader
		thread.setContextClassLoader(application.getClassLoader());
		try {
			SpringApplication.withHook(this, () -> new SpringApplicationBuilder(application)
				.web(WebApplicationType.NONE)
				.registerShutdownHook(false)
				.logStartupInfo(false)
				.properties(QUIET)
				.run());
			throw new IllegalStateException(application.getName() + " started but its run was not stopped");
		}
		catch (AbandonedRunException ex) {
			ex.getApplicationContext().close();
		}
		catch (RuntimeException ex) {
			throw new IllegalStateException("Could not create the entities' schema of " + application.getName() + ": "
					+ NestedExceptionUtils.getMostSpecificCause(ex).getMessage(), ex);
		}
		finally {
			thread.setContextClassLoader(previous);
		}
		PostgresDefaultNames.apply(this.database);
	}

	@Override
	public SpringApplicationRunListener getRunListener(SpringApplication application) {
		return this;
	}

	/** Ours come first: above the application's own properties and the command line. */
	@Override
	public void environmentPrepared(ConfigurableBootstrapContext bootstrapContext, ConfigurableEnvironment environment) {
		environment.getPropertySources().addFirst(new MapPropertySource("migratorEntitySchema", properties()));
	}

	/** Registered before the application's configuration is read, so Boot's own DataSource backs off. */
	@Override
	public void contextPrepared(ConfigurableApplicationContext context) {
		((GenericApplicationContext) context).registerBean(DATA_SOURCE_BEAN, DataSource.class, () -> this.database,
				(definition) -> definition.setPrimary(true));
	}

	@Override
	public void started(ConfigurableApplicationContext context, Duration timeTaken) {
		Map<String, EntityManagerFactory> factories = context.getBeansOfType(EntityManagerFactory.class);
		if (factories.isEmpty()) {
			throw new IllegalStateException("The application has no JPA EntityManagerFactory to create the schema"
					+ " (is spring-boot-starter-data-jpa on its classpath?)");
		}
		// a factory bootstrapped in the background is done (and its schema created) once it answers
		factories.values().forEach(EntityManagerFactory::getMetamodel);
		throw new AbandonedRunException(context);
	}

	private Map<String, Object> properties() {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("spring.datasource.url", url());
		properties.put("spring.main.banner-mode", "off");
		properties.put("spring.main.web-application-type", "none");
		properties.put("spring.devtools.restart.enabled", "false");
		properties.put("migrator.enabled", "false");
		properties.put("spring.flyway.enabled", "false");
		properties.put("spring.liquibase.enabled", "false");
		properties.put("spring.sql.init.mode", "never");
		properties.put("spring.jpa.hibernate.ddl-auto", "none");
		properties.put("spring.jpa.properties.hibernate.hbm2ddl.auto", "none");
		properties.put("spring.jpa.properties.jakarta.persistence.schema-generation.database.action", "create");
		properties.put("spring.jpa.properties.jakarta.persistence.schema-generation.scripts.action", "none");
		properties.put("spring.jpa.properties.jakarta.persistence.create-database-schemas", "true");
		// a statement that fails must fail the run, not leave a schema with a table missing
		properties.put("spring.jpa.properties.hibernate.hbm2ddl.halt_on_error", "true");
		return properties;
	}

	private String url() {
		try (Connection connection = this.database.getConnection()) {
			return connection.getMetaData().getURL();
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not connect to the database to create the entities' schema on", ex);
		}
	}

}
