package dev.migrator.benchmarks.boot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The child JVM of the Spring Boot start scenario: starts one app against a database with
 * nothing pending, runs its one query and closes. Usage:
 * {@code BootMain <MIGRATOR|FLYWAY|NONE> <jdbc-url> <migrations-folder>}.
 */
public final class BootMain {

	private BootMain() {
	}

	public static void main(String[] args) {
		BootApp app = BootApp.valueOf(args[0]);
		SpringApplication application = new SpringApplication(BenchmarkApplication.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		String location = "filesystem:" + args[2];
		try (ConfigurableApplicationContext context = application.run("--spring.datasource.url=" + args[1],
				"--spring.autoconfigure.exclude=" + String.join(",", app.excludedAutoConfigurations()),
				"--spring.flyway.locations=" + location, "--migrator.locations=" + location)) {
			// started, migrated (nothing pending) and queried: closing is all that is left
		}
	}

}
