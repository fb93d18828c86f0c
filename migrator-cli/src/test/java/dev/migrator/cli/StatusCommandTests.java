package dev.migrator.cli;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;

import dev.migrator.history.QualifiedName;
import dev.migrator.lock.LockKey;
import dev.migrator.test.EmbeddedDatabaseTest;
import dev.migrator.test.TestDatabase;
import dev.migrator.test.TwoReleases;

import static org.assertj.core.api.Assertions.assertThat;

@EmbeddedDatabaseTest
class StatusCommandTests {

	final CliRunner cli = new CliRunner();

	@TempDir
	Path directory;

	@Test
	void dirtyMigrationWhoseLockIsHeldIsInProgressInTextAndJson(TestDatabase db) throws Exception {
		run(db, "up", "2");
		db.execute("UPDATE schema_migrations SET dirty = true, statements_done = 1 WHERE version = 2");
		try (Connection holder = db.connect(); Statement statement = holder.createStatement()) {
			statement.execute("SET application_name = 'killed-client'");
			statement.execute("SELECT pg_advisory_lock(" + LockKey.of(new QualifiedName("public", "schema_migrations"))
					+ ")");
			CliRunner.Result text = run(db, "status");
			assertThat(text.out()).contains("Migration lock held by pid ")
				.contains("IN PROGRESS after 1 statement")
				.contains("Migration 2 (create_notes) is in progress")
				.doesNotContain("force");
			JsonNode json = run(db, "status", "--format", "json").json();
			assertThat(json.get("problems").get(0).get("kind").asString()).isEqualTo("IN_PROGRESS");
			assertThat(json.get("lockHolder").get("applicationName").asString()).isEqualTo("killed-client");
		}
		CliRunner.Result free = run(db, "status");
		assertThat(free.out()).contains("DIRTY after 1 statement").contains("force 2").doesNotContain("lock held");
	}

	@Test
	void jsonCarriesEveryFieldOfAppliedAndPendingMigrations(TestDatabase db) {
		run(db, "up", "2");
		JsonNode status = run(db, "status", "--format", "json").json();
		assertThat(status.get("version").asLong()).isEqualTo(2);
		assertThat(status.get("dirty").asBoolean()).isFalse();
		assertThat(status.get("problems")).isEmpty();
		JsonNode applied = status.get("applied").get(0);
		assertThat(applied.get("version").asLong()).isEqualTo(1);
		assertThat(applied.get("description").asString()).isEqualTo("create_users");
		assertThat(applied.get("checksum").asString()).hasSize(64);
		assertThat(Instant.parse(applied.get("appliedAt").asString())).isBefore(Instant.now());
		assertThat(applied.get("executionMs").isIntegralNumber()).isTrue();
		assertThat(applied.get("appliedBy").asString()).isEqualTo(db.user());
		assertThat(applied.get("dirty").asBoolean()).isFalse();
		assertThat(applied.get("statementsDone").isNull()).isTrue();
		assertThat(applied.get("script").asString()).endsWith("000001_create_users.up.sql");
		assertThat(status.get("pending")).hasSize(1);
		JsonNode pending = status.get("pending").get(0);
		assertThat(pending.get("version").asLong()).isEqualTo(3);
		assertThat(pending.get("description").asString()).isEqualTo("add_note_title");
		assertThat(pending.get("script").asString()).endsWith("000003_add_note_title.up.sql");
	}

	@Test
	void jsonListsProblemsWithKindVersionAndMessage(TestDatabase db) {
		run(db, "up");
		db.execute("UPDATE schema_migrations SET checksum = 'edited' WHERE version = 2");
		CliRunner.Result result = run(db, "status", "--format", "json");
		assertThat(result.exitCode()).isZero();
		JsonNode problem = result.json().get("problems").get(0);
		assertThat(problem.get("kind").asString()).isEqualTo("CHECKSUM_MISMATCH");
		assertThat(problem.get("version").asLong()).isEqualTo(2);
		assertThat(problem.get("message").asString()).contains("000002_create_notes");
	}

	@Test
	void textIsATableOfVersionsWithTheirStateThenTheProblems(TestDatabase db) {
		run(db, "up", "2");
		db.execute("UPDATE schema_migrations SET checksum = 'edited' WHERE version = 2");
		CliRunner.Result result = run(db, "status");
		assertThat(result.exitCode()).isZero();
		assertThat(result.out()).startsWith("Version: 2 (clean), 2 applied, 1 pending");
		assertThat(result.out().lines().filter((line) -> line.startsWith("0")))
			.hasSize(3)
			.satisfiesExactly(
					(line) -> assertThat(line).matches("000001 +create_users +\\d{4}-\\d\\d-\\d\\d [\\d:]+Z +applied"),
					(line) -> assertThat(line).matches("000002 +create_notes +.*Z +applied, file changed"),
					(line) -> assertThat(line).matches("000003 +add_note_title +pending"));
		assertThat(result.out()).contains("VERSION  DESCRIPTION").contains("Problems:");
	}

	@Test
	void olderReleaseShowsTheVersionsANewerReleaseAppliedInTextAndJson(TestDatabase db) {
		TwoReleases releases = TwoReleases.in(this.directory);
		String[] connection = { "--url", db.url(), "--user", db.user() };
		this.cli.run(connection, "--locations", releases.v2().location(), "up");
		CliRunner.Result text = this.cli.run(connection, "--locations", releases.v1().location(), "status");
		assertThat(text.exitCode()).as(text.err()).isZero();
		assertThat(text.out()).startsWith("Version: 3 (clean), 2 applied, 0 pending, 1 applied by a newer release")
			.doesNotContain("Problems:");
		assertThat(text.out().lines().filter((line) -> line.startsWith("3 ")))
			.singleElement()
			.satisfies((line) -> assertThat(line)
				.matches("3 +add_title +.*Z +applied by a newer release \\(no file here\\)"));
		CliRunner.Result json = this.cli.run(connection, "--locations", releases.v1().location(), "status", "--format",
				"json");
		assertThat(json.exitCode()).isZero();
		assertThat(json.json().get("applied")).hasSize(2);
		assertThat(json.json().get("problems")).isEmpty();
		JsonNode ahead = json.json().get("ahead");
		assertThat(ahead).hasSize(1);
		assertThat(ahead.get(0).get("version").asLong()).isEqualTo(3);
		assertThat(ahead.get(0).get("description").asString()).isEqualTo("add_title");
		assertThat(Instant.parse(ahead.get(0).get("appliedAt").asString())).isBefore(Instant.now());
	}

	@Test
	void versionPrintsTheCurrentVersionOrNone(TestDatabase db) {
		assertThat(run(db, "version").out().strip()).isEqualTo("none");
		run(db, "up", "1");
		assertThat(run(db, "version").out().strip()).isEqualTo("1");
		JsonNode json = run(db, "version", "--format", "json").json();
		assertThat(json.get("version").asLong()).isEqualTo(1);
		assertThat(json.get("dirty").asBoolean()).isFalse();
	}

	private CliRunner.Result run(TestDatabase db, String... args) {
		return this.cli.run(CliRunner.connection(db, "notes"), args);
	}

}
