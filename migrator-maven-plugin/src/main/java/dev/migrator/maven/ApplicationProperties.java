package dev.migrator.maven;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.apache.maven.plugin.MojoExecutionException;

/**
 * The project's {@code src/main/resources/application.properties}: the settings the app
 * itself runs with, the plugin's fallback for what the pom and {@code -D} leave unset.
 */
final class ApplicationProperties {

	static final String FILE = "src/main/resources/application.properties";

	private final Path file;

	private final Properties properties;

	private ApplicationProperties(Path file, Properties properties) {
		this.file = file;
		this.properties = properties;
	}

	/** The file under the project's folder; empty when there is none. */
	static ApplicationProperties of(Path projectDirectory) throws MojoExecutionException {
		Path file = projectDirectory.resolve(FILE);
		Properties properties = new Properties();
		if (Files.isRegularFile(file)) {
			try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
				properties.load(reader);
			}
			catch (IOException ex) {
				throw new MojoExecutionException("Could not read " + file + ": " + ex.getMessage(), ex);
			}
		}
		return new ApplicationProperties(file, properties);
	}

	/**
	 * The trimmed value, {@code null} when absent or blank. A Spring placeholder is refused:
	 * only the running app can resolve it, and guessing could reach the wrong database.
	 */
	String get(String name) throws MojoExecutionException {
		String value = this.properties.getProperty(name);
		if (value == null || value.isBlank()) {
			return null;
		}
		if (value.contains("${")) {
			throw new MojoExecutionException(name + " in " + this.file + " is a placeholder (" + value.strip()
					+ ") that only the running app resolves; give the value in the plugin's configuration or with -D"
					+ name.replace("spring.datasource.", "migrator.").replace("username", "user"));
		}
		return value.strip();
	}

}
