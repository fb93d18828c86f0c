package dev.migrator.cli;

import java.io.File;
import java.io.IOException;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

import dev.migrator.test.TestDatabase;

/**
 * Starts the CLI in a child JVM, as a separate process with its own connection, so tests
 * can run several at once or kill one.
 */
final class ChildCli {

	private ChildCli() {
	}

	static Process start(TestDatabase db, String... args) throws IOException {
		return start(db, List.of("-XX:TieredStopAtLevel=1"), new File("target/child-cli.log"), args);
	}

	/** Starts the CLI with options for its JVM, appending its output to {@code log}. */
	static Process start(TestDatabase db, List<String> jvmOptions, File log, String... args) throws IOException {
		List<String> command = new ArrayList<>();
		command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(jvmOptions);
		command.addAll(List.of("-Xshare:auto", "-cp", System.getProperty("java.class.path"),
				MigratorCommand.class.getName()));
		command.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log));
		builder.environment().put("MIGRATOR_URL", db.url());
		builder.environment().put("MIGRATOR_USER", db.user());
		builder.environment().put("MIGRATOR_PASSWORD", db.password());
		return builder.start();
	}

}
