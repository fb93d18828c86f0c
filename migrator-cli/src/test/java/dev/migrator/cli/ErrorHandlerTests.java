package dev.migrator.cli;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import dev.migrator.test.EmbeddedDatabaseTest;
import dev.migrator.test.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

@EmbeddedDatabaseTest
class ErrorHandlerTests {

	final CliRunner cli = new CliRunner();

	@Test
	void failingStatementExitsOneNamingFileLineColumnAndSqlState(TestDatabase db) {
		CliRunner.Result text = this.cli.run(CliRunner.connection(db, "failing"), "up");
		assertThat(text.exitCode()).isEqualTo(1);
		assertThat(text.err()).startsWith("error: ")
			.contains("000002_add_accounts.up.sql:4:8")
			.contains("42703")
			.contains("column \"nope\" does not exist")
			.doesNotContain("\tat ");
		assertThat(text.out()).isEmpty();
		assertThat(db.tableExists("accounts")).isFalse();
		JsonNode error = this.cli.run(CliRunner.connection(db, "failing"), "up", "--format", "json")
			.json()
			.get("error");
		assertThat(error.get("type").asString()).isEqualTo("MigrationFailedException");
		assertThat(error.get("message").asString()).contains("000002_add_accounts.up.sql:4:8");
		assertThat(error.get("version").asLong()).isEqualTo(2);
		assertThat(error.get("direction").asString()).isEqualTo("up");
		assertThat(error.get("file").asString()).endsWith("000002_add_accounts.up.sql");
		assertThat(error.get("line").asInt()).isEqualTo(4);
		assertThat(error.get("column").asInt()).isEqualTo(8);
		assertThat(error.get("sqlState").asString()).isEqualTo("42703");
		assertThat(error.get("serverMessage").asString()).contains("nope");
		assertThat(this.cli.run(CliRunner.connection(db, "failing"), "version").out().strip()).isEqualTo("1");
	}

	@Test
	void jsonErrorOfChangedFilesListsTheProblems(TestDatabase db) {
		String[] connection = CliRunner.connection(db, "notes");
		this.cli.run(connection, "up", "2");
		db.execute("UPDATE schema_migrations SET checksum = 'edited' WHERE version = 1");
		CliRunner.Result result = this.cli.run(connection, "up", "--format", "json");
		assertThat(result.exitCode()).isEqualTo(1);
		JsonNode error = result.json().get("error");
		assertThat(error.get("type").asString()).isEqualTo("ValidationException");
		assertThat(error.get("problems").get(0).get("kind").asString()).isEqualTo("CHECKSUM_MISMATCH");
		assertThat(error.get("problems").get(0).get("version").asLong()).isEqualTo(1);
	}

	@Test
	void jsonErrorOfAMissingLocationListsTheProblem(TestDatabase db) {
		CliRunner.Result result = this.cli.run("--url", db.url(), "--user", db.user(), "--locations", "no/such/folder",
				"status", "--format", "json");
		assertThat(result.exitCode()).isEqualTo(1);
		JsonNode error = result.json().get("error");
		assertThat(error.get("type").asString()).isEqualTo("MigrationSourceException");
		assertThat(error.get("problems").get(0).asString()).contains("no/such/folder").contains("does not exist");
	}

	@Test
	void unreachableDatabaseExitsOneWithTheDriversMessageAndSqlState() {
		String[] connection = { "--url", "jdbc:postgresql://localhost:1/none", "--locations",
				CliRunner.location("notes") };
		CliRunner.Result text = this.cli.run(connection, "status");
		assertThat(text.exitCode()).isEqualTo(1);
		assertThat(text.err()).startsWith("error: Database error: Connection to localhost:1 refused");
		JsonNode error = this.cli.run(connection, "status", "--format", "json").json().get("error");
		assertThat(error.get("type").asString()).isEqualTo("DatabaseException");
		assertThat(error.get("sqlState").asString()).isEqualTo("08001");
	}

	@Test
	void verbosePrintsTheStackTrace(TestDatabase db) {
		CliRunner.Result result = this.cli.run(CliRunner.connection(db, "failing"), "up", "--verbose");
		assertThat(result.exitCode()).isEqualTo(1);
		assertThat(result.err()).contains("dev.migrator.MigrationFailedException").contains("\tat ");
	}

	@Test
	void refusalsOfTheEngineExitOne(TestDatabase db) {
		String[] connection = CliRunner.connection(db, "notes");
		this.cli.run(connection, "up");
		CliRunner.Result baseline = this.cli.run(connection, "baseline", "3", "--format", "json");
		assertThat(baseline.exitCode()).isEqualTo(1);
		JsonNode error = baseline.json().get("error");
		assertThat(error.get("type").asString()).isEqualTo("BaselineRefusedException");
		assertThat(error.get("message").asString()).startsWith("Cannot baseline at version 3");
		assertThat(error.get("version").asLong()).isEqualTo(3);
	}

}
