package dev.migrator.maven;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.migrator.test.EmbeddedDatabaseTest;
import dev.migrator.test.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the goals with a real Maven on the project in {@code src/it/notes}: the plugin comes
 * from the repository maven-invoker-plugin's {@code install} filled under {@code target},
 * everything else from the user's local repository, read only.
 */
@EmbeddedDatabaseTest
class MavenPluginIT {

	@TempDir
	Path project;

	@Test
	void helpMigrateStatusAndCheckRunOnAProjectWhoseVerifyPhaseChecksTheSchema(TestDatabase db) throws Exception {
		copy(Paths.get("src/it/notes"), this.project);
		String url = "-Dmigrator.url=" + db.url();

		Run help = maven("migrator:help");
		assertThat(help.exitCode()).as(help.output()).isZero();
		for (String goal : List.of("create", "diff", "check", "lint", "verify", "status", "plan", "migrate", "down",
				"goto", "force", "baseline", "repair", "validate", "help")) {
			assertThat(help.output()).contains("migrator:" + goal);
		}

		Run migrate = maven("migrator:migrate", "migrator:status", "migrator:check", url,
				"-Dmigrator.user=" + db.user(), "-Dmigrator.password=" + db.password());
		assertThat(migrate.exitCode()).as(migrate.output()).isZero();
		assertThat(migrate.output()).contains("[INFO] up 000001 create_users", "[INFO] up 000002 create_notes",
				"[INFO] Version: 2 (clean), 2 applied, 0 pending",
				"[INFO] No differences: the migrations give the desired schema.");
		assertThat(db.tableExists("notes")).isTrue();

		// the app's own settings, when the command line gives none; check bound to the verify phase
		Files.writeString(this.project.resolve("src/main/resources/application.properties"), """
				spring.datasource.url=%s
				spring.datasource.username=%s
				spring.datasource.password=%s
				""".formatted(db.url(), db.user(), db.password()));
		Files.writeString(this.project.resolve("schema.sql"), "ALTER TABLE notes ADD COLUMN title text;\n",
				StandardOpenOption.APPEND);
		Run check = maven("verify");
		assertThat(check.exitCode()).as(check.output()).isEqualTo(1);
		assertThat(check.output()).contains("--- migrator:" + System.getProperty("migrator.plugin.version")
				+ ":check (default) @ notes ---").contains("BUILD FAILURE").contains("DIFF ").contains("title");
	}

	@Test
	void diffWritesThePairTheChangedEntitiesNeedAfterWhichCheckPassesAndHibernateValidates(TestDatabase db)
			throws Exception {
		copy(Paths.get("src/it/entities"), this.project);
		String[] server = { "-Dmigrator.url=" + db.url(), "-Dmigrator.user=" + db.user(),
				"-Dmigrator.password=" + db.password() };

		Run before = maven(with(server, "compile", "migrator:check"));
		assertThat(before.exitCode()).as(before.output()).isEqualTo(1);
		assertThat(before.output()).contains("BUILD FAILURE", "DIFF table public.comments exists in the desired schema",
				"foreign key comments_purchase_order_id_fkey",
				"DIFF column public.customers.email exists in the desired schema")
			.doesNotContain("DIFF constraint public.comments.", "DIFF column public.comments.");

		Run diff = maven(with(server, "migrator:diff", "-Dname=add_comments"));
		assertThat(diff.exitCode()).as(diff.output()).isZero();
		Path migrations = this.project.resolve("src/main/resources/db/migrations");
		assertThat(Files.readString(migrations.resolve("000002_add_comments.up.sql"))).contains("comments", "email",
				"REFERENCES orders");
		assertThat(migrations.resolve("000002_add_comments.down.sql")).exists();

		Run after = maven(with(server, "migrator:lint", "migrator:verify", "migrator:check", "migrator:migrate", "test",
				"-Dspring.datasource.url=" + db.url(), "-Dspring.datasource.username=" + db.user(),
				"-Dspring.datasource.password=" + db.password()));
		assertThat(after.exitCode()).as(after.output()).isZero();
		assertThat(after.output()).contains("No differences: the migrations give the desired schema.",
				"[INFO] up 000002 add_comments", "Tests run: 1, Failures: 0, Errors: 0");
		assertThat(db.tableExists("comments")).isTrue();
	}

	private static String[] with(String[] server, String... goals) {
		return Stream.concat(Stream.of(goals), Stream.of(server)).toArray(String[]::new);
	}

	private Run maven(String... goals) throws IOException, InterruptedException {
		boolean windows = System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("win");
		List<String> command = new ArrayList<>(List.of(
				Paths.get(System.getProperty("maven.home"), "bin", windows ? "mvn.cmd" : "mvn").toString(), "-B", "-o",
				"--no-transfer-progress", "-Dmaven.repo.local=" + System.getProperty("it.repository"),
				"-Dmaven.repo.local.tail=" + System.getProperty("it.repository.tail"),
				"-Dmigrator.plugin.version=" + System.getProperty("migrator.plugin.version"),
				"-Dspring-boot.version=" + System.getProperty("spring-boot.version")));
		command.addAll(List.of(goals));
		Path output = Files.createTempFile("maven", ".out");
		Process process = new ProcessBuilder(command).directory(this.project.toFile())
			.redirectErrorStream(true)
			.redirectOutput(output.toFile())
			.start();
		assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("Maven finished within 2 minutes").isTrue();
		return new Run(process.exitValue(), Files.readString(output));
	}

	private static void copy(Path from, Path to) throws IOException {
		try (Stream<Path> files = Files.walk(from)) {
			for (Path file : files.toList()) {
				Path target = to.resolve(from.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(target);
				}
				else {
					Files.copy(file, target);
				}
			}
		}
	}

	record Run(int exitCode, String output) {

	}

}
