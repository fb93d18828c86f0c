package dev.migrator.cli;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import dev.migrator.test.EmbeddedDatabaseTest;
import dev.migrator.test.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application's set ({@code notes}) with River's migrations (core's test resources) as
 * a set declared with {@code --set-location}.
 */
@EmbeddedDatabaseTest
class SetsCommandTests {

	final CliRunner cli = new CliRunner();

	@Test
	void upMigratesEverySetInOrderAndStatusListsThemInTextAndJson(TestDatabase db) {
		CliRunner.Result up = run(db, "up");
		assertThat(up.exitCode()).isZero();
		assertThat(up.out()).containsSubsequence("Set jobs:", "007", "Set app:", "000003");

		CliRunner.Result status = run(db, "status");
		assertThat(status.out()).containsSubsequence("Set jobs (schema_migrations_jobs)", "Version: 7 (clean), 7 applied",
				"Set app (schema_migrations)", "Version: 3 (clean), 3 applied");
		JsonNode json = run(db, "status", "--format", "json").json();
		assertThat(json.get("sets").propertyNames()).containsExactly("jobs", "app");
		assertThat(json.get("sets").get("jobs").get("version").asLong()).isEqualTo(7);
		assertThat(json.get("sets").get("app").get("version").asLong()).isEqualTo(3);
		assertThat(run(db, "validate").exitCode()).isZero();
	}

	@Test
	void downWithSetRollsBackThatSetOnlyAndStatusOfOneSetKeepsTheSingleSetShape(TestDatabase db) {
		run(db, "up");
		CliRunner.Result down = run(db, "down", "--set", "jobs", "2");
		assertThat(down.exitCode()).isZero();
		assertThat(down.out()).contains("007").contains("006");

		JsonNode jobs = run(db, "--set", "jobs", "status", "--format", "json").json();
		assertThat(jobs.has("sets")).isFalse();
		assertThat(jobs.get("version").asLong()).isEqualTo(5);
		assertThat(jobs.get("pending")).hasSize(2);
		assertThat(db.queryColumn("SELECT max(version) FROM schema_migrations")).containsExactly("3");
		CliRunner.Result text = run(db, "status", "--set", "jobs");
		assertThat(text.out()).startsWith("Version: 5 (clean), 5 applied, 2 pending").doesNotContain("Set ");
	}

	@Test
	void downWithoutSetRollsBackTheApplicationsSet(TestDatabase db) {
		run(db, "up");
		assertThat(run(db, "down").exitCode()).isZero();
		assertThat(db.queryColumn("SELECT max(version) FROM schema_migrations")).containsExactly("2");
		assertThat(db.queryColumn("SELECT max(version) FROM schema_migrations_jobs")).containsExactly("7");
	}

	@Test
	void aFailingSetIsNamedInTheErrorAndTheSetsAfterItAreNotStarted(TestDatabase db) {
		String[] options = { "--url", db.url(), "--user", db.user(), "--locations", CliRunner.location("notes"),
				"--set-location", "broken=" + CliRunner.location("failing") };
		CliRunner.Result text = this.cli.run(options, "up");
		assertThat(text.exitCode()).isEqualTo(1);
		assertThat(text.err()).startsWith("error: migration set broken: ");
		JsonNode error = this.cli.run(options, "up", "--format", "json").json().get("error");
		assertThat(error.get("type").asString()).isEqualTo("SetFailedException");
		assertThat(error.get("set").asString()).isEqualTo("broken");
		assertThat(error.get("cause").asString()).isEqualTo("MigrationFailedException");
		assertThat(db.tableExists("public.schema_migrations")).isFalse();
	}

	@Test
	void anUnknownSetIsAUsageErrorThatListsTheSets(TestDatabase db) {
		CliRunner.Result result = run(db, "status", "--set", "nope");
		assertThat(result.exitCode()).isEqualTo(2);
		assertThat(result.err()).contains("No migration set 'nope'; the sets are [jobs, app]");
	}

	@Test
	void upWithACountAndSeveralSetsAsksWhichSet(TestDatabase db) {
		CliRunner.Result result = run(db, "up", "1");
		assertThat(result.exitCode()).isEqualTo(2);
		assertThat(result.err()).contains("say which with --set NAME");
	}

	@Test
	void lintRefusesASetRatherThanLintingTheApplicationsFiles(TestDatabase db) {
		CliRunner.Result result = run(db, "lint", "--set", "jobs");
		assertThat(result.exitCode()).isEqualTo(2);
		assertThat(result.err()).contains("lint works on --locations, not on --set jobs");
	}

	@Test
	void withoutOtherSetsStatusJsonIsTheSingleSetShape(TestDatabase db) {
		JsonNode json = this.cli.run(CliRunner.connection(db, "notes"), "status", "--format", "json").json();
		assertThat(json.has("sets")).isFalse();
		assertThat(json.get("pending")).hasSize(3);
	}

	private CliRunner.Result run(TestDatabase db, String... args) {
		String[] leading = { "--url", db.url(), "--user", db.user(), "--locations", CliRunner.location("notes"),
				"--set-location", "jobs=classpath:sets/jobs" };
		return this.cli.run(leading, args);
	}

}
