package dev.migrator.hibernate;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.SpringBootApplication;

import dev.migrator.hibernate.shop.Customer;
import dev.migrator.hibernate.shop.ShopApplication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class ApplicationClassTests {

	@TempDir
	Path classes;

	@Test
	void findsTheOneSpringBootApplicationAndPrefersItToOtherConfigurations() throws Exception {
		copy(ShopApplication.class, Customer.class, TestConfiguration.class);

		assertThat(ApplicationClass.findIn(List.of(this.classes))).isEqualTo(ShopApplication.class.getName());
	}

	@Test
	void findsASpringBootConfigurationWhenThereIsNoApplication() throws Exception {
		copy(Customer.class, TestConfiguration.class);

		assertThat(ApplicationClass.findIn(List.of(this.classes))).isEqualTo(TestConfiguration.class.getName());
	}

	@Test
	void severalApplicationsAreAnErrorNamingThemAndWhatToConfigure() throws Exception {
		copy(ShopApplication.class, OtherApplication.class);

		assertThatIllegalStateException().isThrownBy(() -> ApplicationClass.findIn(List.of(this.classes)))
			.withMessageContaining("several classes annotated @SpringBootApplication or @SpringBootConfiguration ("
					+ OtherApplication.class.getName() + ", " + ShopApplication.class.getName() + ")")
			.withMessageContaining("MigratorAssertions.assertEntitiesMatchMigrations(YourApplication.class)");
	}

	@Test
	void noApplicationIsAnError() throws Exception {
		copy(Customer.class);

		assertThatIllegalStateException().isThrownBy(() -> ApplicationClass.findIn(List.of(this.classes)))
			.withMessageStartingWith("Found no class annotated @SpringBootApplication or @SpringBootConfiguration in "
					+ this.classes);
	}

	private void copy(Class<?>... types) throws IOException, URISyntaxException {
		Path compiled = Path.of(ApplicationClassTests.class.getProtectionDomain().getCodeSource().getLocation().toURI());
		for (Class<?> type : types) {
			String file = type.getName().replace('.', '/') + ".class";
			Path target = this.classes.resolve(file);
			Files.createDirectories(target.getParent());
			Files.copy(compiled.resolve(file), target);
		}
	}

	@SpringBootConfiguration
	static class TestConfiguration {

	}

	@SpringBootApplication
	static class OtherApplication {

	}

}
