package dev.migrator.benchmarks.boot;

import java.util.List;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.annotation.ImportCandidates;
import org.springframework.util.ClassUtils;

/**
 * The three applications of the Spring Boot start scenario: one configuration
 * ({@link BenchmarkApplication}) on one class path, told apart by the auto-configurations
 * each excludes, so the only difference between them is the migration tool. Excluded
 * auto-configurations are filtered out by name and never loaded.
 */
public enum BootApp {

	/** Migrator's starter, whose auto-configuration another engineer is writing. */
	MIGRATOR("Migrator starter", BootApp.FLYWAY_PACKAGE),

	FLYWAY("Flyway starter", BootApp.MIGRATOR_PACKAGE),

	NONE("no tool", BootApp.MIGRATOR_PACKAGE, BootApp.FLYWAY_PACKAGE);

	static final String MIGRATOR_AUTO_CONFIGURATION = "dev.migrator.boot.autoconfigure.MigratorAutoConfiguration";

	private static final String MIGRATOR_PACKAGE = "dev.migrator.boot.";

	private static final String FLYWAY_PACKAGE = "org.springframework.boot.flyway.";

	private final String label;

	private final List<String> excludedPackages;

	BootApp(String label, String... excludedPackages) {
		this.label = label;
		this.excludedPackages = List.of(excludedPackages);
	}

	public String label() {
		return this.label;
	}

	/** Whether this app can run yet: the Migrator starter only once its auto-configuration exists. */
	public boolean available() {
		return this != MIGRATOR || ClassUtils.isPresent(MIGRATOR_AUTO_CONFIGURATION, BootApp.class.getClassLoader());
	}

	/** The auto-configurations on the class path that belong to the other tool(s). */
	List<String> excludedAutoConfigurations() {
		return ImportCandidates.load(AutoConfiguration.class, BootApp.class.getClassLoader())
			.getCandidates()
			.stream()
			.filter((candidate) -> this.excludedPackages.stream().anyMatch(candidate::startsWith))
			.toList();
	}

}
