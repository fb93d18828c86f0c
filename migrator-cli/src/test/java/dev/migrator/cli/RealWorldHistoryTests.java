package dev.migrator.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import dev.migrator.schema.Schema;
import dev.migrator.schema.SchemaDiff;
import dev.migrator.test.EmbeddedDatabaseTest;
import dev.migrator.test.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A realistic history of 284 migrations (functions, triggers, DO blocks, views, materialized
 * views, extensions, partitions, COPY data, concurrent indexes, a wrapped file) applied
 * through the CLI, rolled back to an earlier version and re-applied, compared at each step
 * with what psql makes of the same files.
 */
@EmbeddedDatabaseTest
class RealWorldHistoryTests {

	static final Path HISTORY = Paths.get("src/test/resources/histories/saas").toAbsolutePath();

	static final Set<String> HISTORY_TABLES = Set.of("schema_migrations", "schema_migrations_log");

	final CliRunner cli = new CliRunner();

	@Test
	void historyAppliesRollsBackAndReappliesToTheSchemaPsqlGives(TestDatabase migrated, TestDatabase byPsql,
			TestDatabase byPsqlUpTo100) throws Exception {
		assumeTrue(psqlAvailable(), "psql is not installed");
		List<Path> ups = upFiles();
		assertThat(ups).hasSizeGreaterThan(200);
		psql(byPsql, ups);
		psql(byPsqlUpTo100, ups.subList(0, 100));
		String[] connection = { "--url", migrated.url(), "--user", migrated.user(), "--locations",
				"filesystem:" + HISTORY };

		assertThat(run(connection, "up").exitCode()).isZero();
		assertSameSchema(migrated, byPsql, "after up");
		assertThat(run(connection, "goto", "100").exitCode()).isZero();
		assertSameSchema(migrated, byPsqlUpTo100, "after goto 100");
		assertThat(run(connection, "up").exitCode()).isZero();
		assertSameSchema(migrated, byPsql, "after re-applying");
		assertThat(run(connection, "status", "--format", "json").json().get("version").asLong())
			.isEqualTo(ups.size());
	}

	private void assertSameSchema(TestDatabase migrated, TestDatabase expected, String moment) throws SQLException {
		Schema actual = schema(migrated);
		SchemaDiff diff = SchemaDiff.between(schema(expected), actual);
		assertThat(diff.sentences("with psql", "with migrator " + moment)).as(moment).isEmpty();
		assertThat(actual.objects()).hasSizeGreaterThan(100);
	}

	private static Schema schema(TestDatabase db) throws SQLException {
		try (Connection connection = db.connect()) {
			return Schema.read(connection, HISTORY_TABLES);
		}
	}

	private CliRunner.Result run(String[] connection, String... args) {
		List<String> all = new ArrayList<>(List.of(connection));
		all.addAll(List.of(args));
		CliRunner.Result result = this.cli.run(all.toArray(String[]::new));
		assertThat(result.err()).doesNotContain("error:");
		return result;
	}

	private static List<Path> upFiles() throws IOException {
		try (Stream<Path> files = Files.list(HISTORY)) {
			return files.filter((file) -> file.getFileName().toString().endsWith(".up.sql")).sorted().toList();
		}
	}

	/** Runs the files with psql in one session, as a person would. */
	private static void psql(TestDatabase db, List<Path> files) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of("psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", "localhost",
				"-p", String.valueOf(db.port()), "-U", db.user(), "-d", db.name()));
		for (Path file : files) {
			command.add("-f");
			command.add(file.toString());
		}
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		builder.environment().put("PGPASSWORD", db.password());
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes());
		assertThat(process.waitFor()).as(output).isZero();
	}

	private static boolean psqlAvailable() {
		try {
			return new ProcessBuilder("psql", "--version").start().waitFor() == 0;
		}
		catch (IOException | InterruptedException ex) {
			return false;
		}
	}

}
