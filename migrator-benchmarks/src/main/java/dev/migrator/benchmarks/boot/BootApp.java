package dev.migrator.benchmarks.boot;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.util.ClassUtils;

/**
 * The three applications of the Spring Boot start scenario. They share one class path, so
 * each excludes the other tool's auto-configuration by name (excluded auto-configurations
 * are never loaded); otherwise they are identical, and each touches the database once so
 * that all three pay for the connection pool.
 */
public enum BootApp {

	/** Migrator's starter, whose auto-configuration another engineer is writing. */
	MIGRATOR("Migrator starter", MigratorApp.class),

	FLYWAY("Flyway starter", FlywayApp.class),

	NONE("no tool", PlainApp.class);

	static final String MIGRATOR_AUTO_CONFIGURATION = "dev.migrator.boot.autoconfigure.MigratorAutoConfiguration";

	static final String FLYWAY_AUTO_CONFIGURATION = "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration";

	private final String label;

	private final Class<?> configuration;

	BootApp(String label, Class<?> configuration) {
		this.label = label;
		this.configuration = configuration;
	}

	public String label() {
		return this.label;
	}

	Class<?> configuration() {
		return this.configuration;
	}

	/** Whether this app can run yet: the Migrator starter only once its auto-configuration exists. */
	public boolean available() {
		return this != MIGRATOR || ClassUtils.isPresent(MIGRATOR_AUTO_CONFIGURATION, BootApp.class.getClassLoader());
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration(excludeName = FLYWAY_AUTO_CONFIGURATION)
	@Import(DatabaseTouch.class)
	static class MigratorApp {

	}

	@SpringBootConfiguration
	@EnableAutoConfiguration(excludeName = MIGRATOR_AUTO_CONFIGURATION)
	@Import(DatabaseTouch.class)
	static class FlywayApp {

	}

	@SpringBootConfiguration
	@EnableAutoConfiguration(excludeName = { MIGRATOR_AUTO_CONFIGURATION, FLYWAY_AUTO_CONFIGURATION })
	@Import(DatabaseTouch.class)
	static class PlainApp {

	}

}
