package dev.migrator.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.migrator.test.EmbeddedDatabaseTest;
import dev.migrator.test.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged {@code migrator.jar}, run as a user runs it: a separate JVM, environment
 * variables for the connection, exit codes and output read from the process.
 */
@EmbeddedDatabaseTest
class MigratorJarIT {

	static final Path JAR = Paths.get("target/migrator.jar").toAbsolutePath();

	@Test
	void packagedJarMigratesAndReportsStatusAsJson(TestDatabase db) throws Exception {
		assertThat(JAR).exists();
		String location = CliRunner.location("notes");
		Map<String, String> environment = Map.of("MIGRATOR_URL", db.url(), "MIGRATOR_USER", db.user(),
				"MIGRATOR_PASSWORD", db.password());
		Run up = java(environment, "--locations", location, "up");
		assertThat(up.exitCode()).as(up.output()).isZero();
		Run status = java(Map.of(), "--url", db.url(), "--user", db.user(), "--password", db.password(), "status",
				"--locations", location, "--format", "json");
		assertThat(status.exitCode()).isZero();
		JsonNode json = JsonMapper.builder().build().readTree(status.output());
		assertThat(json.get("version").asLong()).isEqualTo(3);
		assertThat(json.get("dirty").asBoolean()).isFalse();
		assertThat(json.get("applied").get(2).get("description").asString()).isEqualTo("add_note_title");
		assertThat(json.get("pending")).isEmpty();
		Run usage = java(environment, "--locations", location, "frobnicate");
		assertThat(usage.exitCode()).isEqualTo(2);
		Run version = java(Map.of(), "--version");
		assertThat(version.output()).startsWith("migrator ").doesNotContain("development build");
	}

	private static Run java(Map<String, String> environment, String... args) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of(javaExecutable(), "-jar", JAR.toString()));
		command.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(command);
		builder.environment().keySet().removeIf((name) -> name.startsWith("MIGRATOR_"));
		builder.environment().putAll(environment);
		Path output = Files.createTempFile("migrator", ".out");
		builder.redirectOutput(output.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD);
		Process process = builder.start();
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		return new Run(process.exitValue(), Files.readString(output));
	}

	private static String javaExecutable() {
		return Paths.get(System.getProperty("java.home"), "bin", "java").toString();
	}

	record Run(int exitCode, String output) {

	}

}
