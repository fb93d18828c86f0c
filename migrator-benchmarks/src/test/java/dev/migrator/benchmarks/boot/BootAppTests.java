package dev.migrator.benchmarks.boot;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BootAppTests {

	private static final String FLYWAY = "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration";

	@Test
	void appsWithoutFlywayExcludeItsAutoConfiguration() {
		assertThat(BootApp.MIGRATOR.excludedAutoConfigurations()).contains(FLYWAY)
			.allMatch((name) -> name.startsWith("org.springframework.boot.flyway."));
		assertThat(BootApp.NONE.excludedAutoConfigurations()).contains(FLYWAY);
	}

	@Test
	void flywayAppKeepsFlywayAndExcludesOnlyMigrator() {
		assertThat(BootApp.FLYWAY.excludedAutoConfigurations()).doesNotContain(FLYWAY)
			.allMatch((name) -> name.startsWith("dev.migrator.boot."));
	}

	@Test
	void migratorAppIsAvailableOnlyWithItsAutoConfiguration() {
		boolean present = getClass().getClassLoader()
			.getResource(BootApp.MIGRATOR_AUTO_CONFIGURATION.replace('.', '/') + ".class") != null;
		assertThat(BootApp.MIGRATOR.available()).isEqualTo(present);
		assertThat(BootApp.FLYWAY.available()).isTrue();
		assertThat(BootApp.NONE.available()).isTrue();
	}

}
