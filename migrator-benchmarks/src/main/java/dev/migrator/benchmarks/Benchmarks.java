package dev.migrator.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import dev.migrator.benchmarks.BenchmarkOptions.Scenario;

/**
 * Migrator against Flyway, Liquibase and a no-tool floor on one embedded PostgreSQL with
 * fsync on. Prints a table per scenario as it finishes and writes them all, as Markdown,
 * to {@code target/results.md}. Run from the repository root:
 * <pre>
 * ./mvnw -q -B -Pbenchmarks -pl migrator-benchmarks -am package -DskipTests
 * java -jar migrator-benchmarks/target/migrator-benchmarks.jar [--quick]
 * </pre>
 */
public final class Benchmarks {

	private static final int[] DUMP_MEGABYTES = { 10, 100 };

	private Benchmarks() {
	}

	public static void main(String[] args) throws Exception {
		BenchmarkOptions options;
		try {
			options = BenchmarkOptions.parse(args);
		}
		catch (IllegalArgumentException ex) {
			System.err.println(ex.getMessage());
			System.exit(2);
			return;
		}
		Quiet.logging();
		Path target = targetFolder();
		Path work = target.resolve("benchmark-work");
		deleteRecursively(work);
		Files.createDirectories(work);
		List<ResultTable> tables = new ArrayList<>();
		try (PostgresServer server = PostgresServer.start()) {
			String header = header(options, server);
			System.out.println(header);
			run(options, server, work, (table) -> {
				tables.add(table);
				System.out.println();
				System.out.println(table.toText());
			});
			Path results = target.resolve("results.md");
			Files.writeString(results, markdown(header, tables));
			System.out.println("Markdown written to " + results);
		}
		finally {
			deleteRecursively(work);
		}
	}

	private static void run(BenchmarkOptions options, PostgresServer server, Path work, Output output)
			throws Exception {
		Rounds rounds = new Rounds(options);
		ChildJvm childJvm = new ChildJvm(work.resolve("child.log"));
		Scenario apply = Scenario.APPLY;
		if (options.scenarios().contains(apply) || options.scenarios().contains(Scenario.NOOP)) {
			for (int count : options.counts()) {
				GeneratedMigrations migrations = GeneratedMigrations.write(work.resolve("n" + count), count);
				try (MigrationSetBenchmark benchmark = new MigrationSetBenchmark(server, rounds, migrations,
						childJvm)) {
					if (options.scenarios().contains(apply)) {
						output.accept(benchmark.coldApply());
					}
					if (options.scenarios().contains(Scenario.NOOP)) {
						output.accept(benchmark.noOpWarm());
						output.accept(benchmark.noOpFresh());
					}
				}
			}
		}
		if (options.scenarios().contains(Scenario.BOOT)) {
			int count = Collections.min(options.counts());
			GeneratedMigrations migrations = GeneratedMigrations.write(work.resolve("boot"), count);
			output.accept(new BootStartBenchmark(server, rounds, migrations, childJvm).run());
		}
		if (options.scenarios().contains(Scenario.SPLIT)) {
			SplitterBenchmark splitter = new SplitterBenchmark(rounds, work);
			for (int megabytes : DUMP_MEGABYTES) {
				output.accept(splitter.run(megabytes));
			}
		}
	}

	private static String header(BenchmarkOptions options, PostgresServer server) throws Exception {
		return "Migrator benchmarks, " + OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS) + "\n"
				+ server.describe() + "\n" + "Java " + System.getProperty("java.version") + ", "
				+ Runtime.getRuntime().availableProcessors() + " CPUs, " + options.rounds() + " rounds after "
				+ options.warmups() + " warm-up round(s) per kind of scenario, contenders interleaved, N = "
				+ options.counts() + "\n"
				+ "Flyway " + version("org.flywaydb", "flyway-core") + ", Liquibase "
				+ liquibase.util.LiquibaseUtil.getBuildVersion()
				+ " (one formatted-SQL changelog, one changeset per migration)\n"
				+ "Ratios divide the row's median by the column's: above 1 means the row is slower.";
	}

	/** A dependency's version, from the Maven metadata inside its jar. */
	private static String version(String groupId, String artifactId) throws IOException {
		String resource = "META-INF/maven/" + groupId + "/" + artifactId + "/pom.properties";
		Properties properties = new Properties();
		try (InputStream input = Benchmarks.class.getClassLoader().getResourceAsStream(resource)) {
			if (input != null) {
				properties.load(input);
			}
		}
		return properties.getProperty("version", "(unknown version)");
	}

	private static String markdown(String header, List<ResultTable> tables) {
		StringBuilder markdown = new StringBuilder("## Benchmark results\n\n");
		header.lines().forEach((line) -> markdown.append(line).append("  \n"));
		markdown.append('\n');
		tables.forEach((table) -> markdown.append(table.toMarkdown()));
		return markdown.toString();
	}

	/** This module's {@code target} folder, whether run from the jar or from {@code target/classes}. */
	private static Path targetFolder() throws URISyntaxException {
		return Path.of(Benchmarks.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getParent();
	}

	private static void deleteRecursively(Path folder) throws IOException {
		if (Files.exists(folder)) {
			try (Stream<Path> paths = Files.walk(folder)) {
				for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
					Files.delete(path);
				}
			}
		}
	}

	@FunctionalInterface
	private interface Output {

		void accept(ResultTable table) throws Exception;

	}

}
