package dev.migrator.boot.autoconfigure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.annotation.ImportCandidates;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureDataSourceInitialization;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code META-INF/spring/*.imports} files are read by name at runtime, so a typo in a
 * file name or a class name would only show as Migrator silently missing from a context.
 */
class AutoConfigurationImportsTests {

	private static final Path IMPORTS = Path.of("src/main/resources/META-INF/spring");

	@Test
	void slicesThatInitializeTheDataSourceIncludeMigrator() {
		// @JdbcTest, @DataJdbcTest and @DataJpaTest all carry @AutoConfigureDataSourceInitialization
		assertThat(ImportCandidates.load(AutoConfigureDataSourceInitialization.class, getClass().getClassLoader()))
			.contains(MigratorAutoConfiguration.class.getName());
	}

	@ParameterizedTest
	@MethodSource("importsFiles")
	void importsFileIsNamedAfterAnAnnotationAndListsAutoConfigurations(Path file) throws Exception {
		String annotation = file.getFileName().toString().replaceFirst("\\.imports$", "");
		assertThat(Class.forName(annotation).isAnnotation()).as(annotation).isTrue();
		List<String> classNames = Files.readAllLines(file)
			.stream()
			.map(String::strip)
			.filter((line) -> !line.isEmpty())
			.toList();
		assertThat(classNames).isNotEmpty();
		for (String className : classNames) {
			assertThat(Class.forName(className).isAnnotationPresent(AutoConfiguration.class)).as(className).isTrue();
		}
	}

	static Stream<Path> importsFiles() throws IOException {
		try (Stream<Path> listing = Files.list(IMPORTS)) {
			return listing.filter((path) -> path.toString().endsWith(".imports")).sorted().toList().stream();
		}
	}

}
