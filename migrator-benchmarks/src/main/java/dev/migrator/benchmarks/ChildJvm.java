package dev.migrator.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts a main class of this module in a new JVM with this JVM's class path and times it
 * from spawn to exit: what an application that starts, migrates and stops pays, JVM start
 * and class loading included.
 */
final class ChildJvm {

	private final Path log;

	ChildJvm(Path log) {
		this.log = log;
	}

	/** Runs the main class to its exit and returns the wall time; a non-zero exit is an error. */
	long nanos(Class<?> mainClass, String... args) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.add("-cp");
		command.add(System.getProperty("java.class.path"));
		command.add(mainClass.getName());
		command.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(this.log.toFile());
		long start = System.nanoTime();
		Process process = builder.start();
		int exit = process.waitFor();
		long nanos = System.nanoTime() - start;
		if (exit != 0) {
			throw new IllegalStateException(mainClass.getSimpleName() + " " + String.join(" ", args) + " exited with "
					+ exit + ":\n" + Files.readString(this.log));
		}
		return nanos;
	}

}
