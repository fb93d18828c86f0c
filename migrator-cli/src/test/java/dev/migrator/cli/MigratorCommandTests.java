package dev.migrator.cli;

import java.nio.file.Path;
import java.nio.file.Paths;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.databind.JsonNode;

import dev.migrator.test.EmbeddedDatabaseTest;
import dev.migrator.test.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

@EmbeddedDatabaseTest
class MigratorCommandTests {

	static final String NOTES = CliRunner.location("notes");

	final CliRunner cli = new CliRunner();

	@Test
	void upAppliesEverythingAndStatusReportsItAsJson(TestDatabase db) {
		assertThat(this.cli.run("--url", db.url(), "--user", db.user(), "--locations", NOTES, "up").exitCode())
			.isZero();
		CliRunner.Result status = this.cli.run("--url", db.url(), "--user", db.user(), "--locations", NOTES, "status",
				"--format", "json");
		assertThat(status.exitCode()).isZero();
		JsonNode json = status.json();
		assertThat(json.get("version").asLong()).isEqualTo(3);
		assertThat(json.get("dirty").asBoolean()).isFalse();
		assertThat(json.get("applied")).hasSize(3);
		assertThat(json.get("applied").get(1).get("version").asLong()).isEqualTo(2);
		assertThat(json.get("applied").get(1).get("description").asString()).isEqualTo("create_notes");
		assertThat(json.get("pending")).isEmpty();
	}

	@Test
	void optionsMayStandBeforeOrAfterTheCommandWord(TestDatabase db) {
		CliRunner.Result after = this.cli.run("status", "--url", db.url(), "--user", db.user(), "--locations", NOTES,
				"--format", "json");
		CliRunner.Result before = this.cli.run("--format", "json", "--url", db.url(), "--user", db.user(),
				"--locations", NOTES, "status");
		assertThat(after.exitCode()).isZero();
		assertThat(after.json().get("pending")).hasSize(3);
		assertThat(before.json()).isEqualTo(after.json());
	}

	@Test
	void connectionComesFromTheEnvironmentWhenNotGiven(TestDatabase db) {
		this.cli.env("MIGRATOR_URL", db.url()).env("MIGRATOR_USER", db.user()).env("MIGRATOR_PASSWORD", db.password());
		CliRunner.Result result = this.cli.run("--locations", NOTES, "up", "2");
		assertThat(result.exitCode()).isZero();
		assertThat(result.out()).contains("version none -> 2");
	}

	@Test
	void statusOnAFreshDatabaseShowsEverythingPendingAndCreatesNothing(TestDatabase db) {
		CliRunner.Result status = this.cli.run("--url", db.url(), "--user", db.user(), "--locations", NOTES, "status",
				"--format", "json");
		assertThat(status.json().get("version").isNull()).isTrue();
		assertThat(status.json().get("pending")).hasSize(3);
		assertThat(db.tableExists("schema_migrations")).isFalse();
	}

	@Test
	void planPrintsStatementsWithPositionsAndChangesNothing(TestDatabase db) {
		CliRunner.Result plan = this.cli.run("--url", db.url(), "--user", db.user(), "--locations", NOTES, "plan",
				"--format", "json");
		assertThat(plan.exitCode()).isZero();
		JsonNode json = plan.json();
		assertThat(json.get("version").isNull()).isTrue();
		assertThat(json.get("dirty").asBoolean()).isFalse();
		JsonNode second = json.get("migrations").get(1);
		assertThat(second.get("version").asLong()).isEqualTo(2);
		assertThat(second.get("direction").asString()).isEqualTo("up");
		assertThat(second.get("transactional").asBoolean()).isTrue();
		assertThat(second.get("statements")).hasSize(2);
		assertThat(second.get("statements").get(1).get("line").asInt()).isEqualTo(6);
		assertThat(second.get("statements").get(1).get("column").asInt()).isEqualTo(1);
		assertThat(second.get("statements").get(1).get("sql").asString()).startsWith("CREATE INDEX");
		assertThat(second.get("statements").get(1).get("lock").asString()).isEqualTo("SHARE");
		assertThat(second.get("findings")).isEmpty();
		assertThat(db.tableExists("schema_migrations")).isFalse();
		assertThat(db.tableExists("users")).isFalse();
	}

	@Test
	void planOfADownListsTheDownFiles(TestDatabase db) {
		this.cli.run("--url", db.url(), "--user", db.user(), "--locations", NOTES, "up");
		CliRunner.Result plan = this.cli.run("--url", db.url(), "--user", db.user(), "--locations", NOTES, "plan",
				"down", "2");
		assertThat(plan.exitCode()).isZero();
		assertThat(plan.out()).contains("-- down 3 add_note_title").contains("ALTER TABLE notes DROP COLUMN title;")
			.contains("-- down 2 create_notes");
	}

	@Test
	void downGotoForceBaselineRepairAndValidateWork(TestDatabase db) {
		String[] connection = { "--url", db.url(), "--user", db.user(), "--locations", NOTES };
		assertThat(run(connection, "up").exitCode()).isZero();
		assertThat(run(connection, "down").out()).contains("version 3 -> 2");
		assertThat(run(connection, "goto", "1").out()).contains("version 2 -> 1");
		assertThat(run(connection, "goto", "3").out()).contains("version 1 -> 3");
		assertThat(run(connection, "validate").exitCode()).isZero();
		assertThat(run(connection, "repair").out()).contains("Nothing to repair");
		assertThat(run(connection, "force", "1").exitCode()).isZero();
		assertThat(run(connection, "version").out().strip()).isEqualTo("1");
		assertThat(run(connection, "--table", "other_history", "baseline", "3").exitCode()).isZero();
		assertThat(run(connection, "--table", "other_history", "version", "--format", "json").json().get("version")
			.asLong()).isEqualTo(3);
	}

	@Test
	void failingMigrationExitsOneNamingFileLineColumnAndSqlState(TestDatabase db) {
		db.execute("CREATE TABLE users (id int)");
		CliRunner.Result result = this.cli.run("--url", db.url(), "--user", db.user(), "--locations", NOTES, "up");
		assertThat(result.exitCode()).isEqualTo(1);
		assertThat(result.err()).contains("000002_create_notes.up.sql:1:1")
			.contains("42830")
			.contains("there is no unique constraint matching given keys for referenced table \"users\"")
			.contains("unchanged and clean");
		CliRunner.Result json = this.cli.run("--url", db.url(), "--user", db.user(), "--locations", NOTES, "up",
				"--format", "json");
		assertThat(json.exitCode()).isEqualTo(1);
		assertThat(json.json().get("error").get("sqlState").asString()).isEqualTo("42830");
		assertThat(json.json().get("error").get("version").asLong()).isEqualTo(2);
		assertThat(json.json().get("error").get("line").asInt()).isEqualTo(1);
	}

	@Test
	void downThatPostgresRefusesExitsOneAndLeavesTheDatabaseCleanAtItsVersion(TestDatabase db) {
		String[] connection = CliRunner.connection(db, "refused-down");
		assertThat(run(connection, "up").exitCode()).isZero();
		assertThat(run(connection, "down").exitCode()).isZero();
		CliRunner.Result refused = run(connection, "down");
		assertThat(refused.exitCode()).isEqualTo(1);
		assertThat(refused.err()).contains("000001_create_users.down.sql:2:1").contains("2BP01");
		JsonNode status = run(connection, "status", "--format", "json").json();
		assertThat(status.get("version").asLong()).isEqualTo(1);
		assertThat(status.get("dirty").asBoolean()).isFalse();
		assertThat(db.tableExists("users")).isTrue();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("helpRequests")
	void everyCommandAnswersHelpWithItsUsage(String request, String command) {
		CliRunner.Result help = this.cli.run(request.split(" "));
		assertThat(help.exitCode()).as(help.err()).isZero();
		assertThat(help.err()).isEmpty();
		assertThat(help.out()).startsWith("Usage: migrator " + command).contains("--url");
	}

	/** {@code --help}, {@code -h} and {@code help COMMAND} for every command the root lists, and the root's own. */
	static Stream<Arguments> helpRequests() {
		Stream<Arguments> commands = MigratorCommand.commandLine(new MigratorCommand())
			.getSubcommands()
			.keySet()
			.stream()
			.filter((command) -> !command.equals("help"))
			.flatMap((command) -> Stream.of(Arguments.of(command + " --help", command),
					Arguments.of(command + " -h", command), Arguments.of("help " + command, command)));
		return Stream.concat(commands, Stream.of(Arguments.of("--help", ""), Arguments.of("-h", ""),
				Arguments.of("help", ""), Arguments.of("--url jdbc:postgresql://x/y up --help", "up")));
	}

	@Test
	void usageErrorsExitTwo(TestDatabase db) {
		assertThat(this.cli.run("status").exitCode()).isEqualTo(2);
		assertThat(this.cli.run("status").err()).contains("--url").contains("MIGRATOR_URL");
		assertThat(this.cli.run("--url", db.url(), "frobnicate").exitCode()).isEqualTo(2);
		assertThat(this.cli.run("--url", db.url(), "up", "many").exitCode()).isEqualTo(2);
		assertThat(this.cli.run("--url", db.url(), "--lock-timeout", "soon", "up").exitCode()).isEqualTo(2);
		assertThat(this.cli.run().exitCode()).isEqualTo(2);
		CliRunner.Result createWithTheHistoryTableOption = this.cli.run("create", "add_orders", "--kind",
				"create-table", "--table", "orders");
		assertThat(createWithTheHistoryTableOption.exitCode()).isEqualTo(2);
		assertThat(createWithTheHistoryTableOption.err()).contains("needs --on-table TABLE");
	}

	@Test
	void validateExitsOneWhenAFileChanged(TestDatabase db) {
		String[] connection = { "--url", db.url(), "--user", db.user(), "--locations", NOTES };
		run(connection, "up");
		db.execute("UPDATE schema_migrations SET checksum = 'edited' WHERE version = 2");
		CliRunner.Result result = run(connection, "validate", "--format", "json");
		assertThat(result.exitCode()).isEqualTo(1);
		assertThat(result.json().get("problems").get(0).get("kind").asString()).isEqualTo("CHECKSUM_MISMATCH");
	}

	@Test
	void verifyProvesDownsOnAScratchDatabaseOfTheGivenServer(TestDatabase db) {
		String[] connection = { "--url", db.url(), "--user", db.user() };
		CliRunner.Result passed = run(connection, "verify", "--locations", NOTES);
		assertThat(passed.exitCode()).as(passed.err()).isZero();
		assertThat(passed.out()).contains("Verified: 3 migrations reverse cleanly");
		CliRunner.Result failed = run(connection, "verify", "--locations", CliRunner.location("forgetful-down"));
		assertThat(failed.exitCode()).isEqualTo(1);
		assertThat(failed.out()).contains("migration 4 (status):\n  column public.notes.status exists"
				+ " after down but not before up");
		assertThat(db.tableExists("notes")).isFalse();
		assertThat(db.queryColumn("SELECT count(*) FROM pg_database WHERE datname LIKE 'migrator_verify_%'"))
			.containsExactly("0");
	}

	@Test
	void lintTakesTheLaterFilesAsOneRunOverTheVersionGiven() {
		String history = "src/test/resources/histories/saas";
		assertThat(this.cli.run("lint", "--locations", history).out()).contains("[index-not-concurrent]");
		CliRunner.Result fresh = this.cli.run("lint", "--locations", history, "--applied-up-to", "0");
		assertThat(fresh.exitCode()).isZero();
		assertThat(fresh.out()).contains("No findings.");
		CliRunner.Result upTo8 = this.cli.run("lint", "--format", "json", "--locations", history, "--applied-up-to", "8");
		assertThat(upTo8.json().get("findings").get(0).get("file").asString())
			.isEqualTo("000009_add_module01_items_search.up.sql");
	}

	@Test
	void lintReportsFindingsAsJsonAndExitsOneOnErrors() {
		CliRunner.Result clean = this.cli.run("lint", "--locations", NOTES);
		assertThat(clean.exitCode()).isZero();
		assertThat(clean.out()).contains("No findings.");
		CliRunner.Result unsafe = this.cli.run("lint", "--format", "json",
				Paths.get("../migrator-core/src/test/resources/lint/unsafe/add_status_column.sql").toString());
		assertThat(unsafe.exitCode()).isEqualTo(1);
		JsonNode finding = unsafe.json().get("findings").get(0);
		assertThat(finding.get("rule").asString()).isEqualTo("not-null-without-default");
		assertThat(finding.get("severity").asString()).isEqualTo("error");
		assertThat(finding.get("file").asString()).isEqualTo("add_status_column.sql");
		assertThat(finding.get("line").asInt()).isEqualTo(2);
		assertThat(finding.get("message").asString()).isNotBlank();
		assertThat(finding.get("suggestion").asString()).isNotBlank();
		CliRunner.Result relaxed = this.cli.run("lint", "--severity", "not-null-without-default=warning", "--severity",
				"index-not-concurrent=off",
				Paths.get("../migrator-core/src/test/resources/lint/unsafe/add_status_column.sql").toString());
		assertThat(relaxed.exitCode()).isZero();
		assertThat(relaxed.out()).endsWith("0 errors, 1 warning.\n");
	}

	@Test
	void createWritesThePairPrintsItsPathsAndLintsIt(@org.junit.jupiter.api.io.TempDir Path folder) throws Exception {
		CliRunner.Result created = this.cli.run("create", "create_projects", "--kind", "create-table", "--on-table",
				"projects", "--column", "owner_id:bigint:not-null:references=users(id)", "--column", "name:text",
				"--dir", folder.toString());
		assertThat(created.exitCode()).as(created.err()).isZero();
		assertThat(created.out()).contains(folder.resolve("000001_create_projects.up.sql").toString())
			.contains(folder.resolve("000001_create_projects.down.sql").toString());
		assertThat(java.nio.file.Files.readString(folder.resolve("000001_create_projects.up.sql")))
			.contains("CREATE INDEX IF NOT EXISTS projects_owner_id_idx ON projects (owner_id);");
		CliRunner.Result index = this.cli.run("create", "index_projects_name", "--kind", "add-index", "--on-table",
				"projects", "--index", "name", "--concurrently", "--dir", folder.toString(), "--format", "json");
		assertThat(index.json().get("version").asString()).isEqualTo("000002");
		assertThat(index.json().get("findings")).isEmpty();
		CliRunner.Result refused = this.cli.run("create", "bad", "--kind", "create-table", "--on-table", "x;y",
				"--dir", folder.toString());
		assertThat(refused.exitCode()).isEqualTo(1);
		assertThat(refused.err()).contains("is not a plain identifier");
	}

	private CliRunner.Result run(String[] connection, String... args) {
		return this.cli.run(connection, args);
	}
}
