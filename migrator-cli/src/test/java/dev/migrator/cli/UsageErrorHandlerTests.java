package dev.migrator.cli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Usage errors need no database: they are refused before any connection.
 */
class UsageErrorHandlerTests {

	static final String URL = "jdbc:postgresql://localhost:1/none";

	final CliRunner cli = new CliRunner();

	@Test
	void missingUrlNamesTheOptionAndTheVariable() {
		CliRunner.Result result = this.cli.run("status");
		assertThat(result.exitCode()).isEqualTo(2);
		assertThat(result.err()).startsWith("error: No database given: pass --url")
			.contains("MIGRATOR_URL")
			.contains("Run 'migrator status --help' for usage.");
		assertThat(result.out()).isEmpty();
	}

	@Test
	void usageErrorIsOneMessageNotTheWholeHelp() {
		CliRunner.Result result = this.cli.run("--url", URL, "up", "many");
		assertThat(result.exitCode()).isEqualTo(2);
		assertThat(result.err().lines()).hasSize(2);
		assertThat(result.err()).contains("'many' is not a number of migrations");
	}

	@Test
	void unknownCommandSuggestsTheClosestOne() {
		CliRunner.Result result = this.cli.run("--url", URL, "statuss");
		assertThat(result.exitCode()).isEqualTo(2);
		assertThat(result.err()).contains("statuss").contains("status");
	}

	@Test
	void countsBelowOneAreUsageErrors() {
		assertThat(this.cli.run("--url", URL, "up", "0").exitCode()).isEqualTo(2);
		assertThat(this.cli.run("--url", URL, "down", "0").exitCode()).isEqualTo(2);
		assertThat(this.cli.run("--url", URL, "down", "-1").exitCode()).isEqualTo(2);
	}

	@Test
	void valuesTheConfigRefusesAreUsageErrorsWithoutStackTraces() {
		CliRunner.Result url = this.cli.run("--url", "postgres://user:secret@host/db", "status");
		assertThat(url.exitCode()).isEqualTo(2);
		assertThat(url.err()).contains("Invalid --url").doesNotContain("secret");
		CliRunner.Result table = this.cli.run("--url", URL, "--table", " ", "status");
		assertThat(table.exitCode()).isEqualTo(2);
		assertThat(table.err()).contains("table must not be empty").doesNotContain("at dev.migrator");
		assertThat(this.cli.run("--url", URL, "--lock-timeout", "-5s", "up").exitCode()).isEqualTo(2);
		assertThat(this.cli.run("--url", URL, "--lock-timeout", "soon", "up").exitCode()).isEqualTo(2);
		assertThat(this.cli.run("--url", URL, "--format", "xml", "status").exitCode()).isEqualTo(2);
	}

	@Test
	void noCommandIsAUsageError() {
		assertThat(this.cli.run().exitCode()).isEqualTo(2);
		assertThat(this.cli.run("--url", URL).err()).contains("Missing command");
	}

	@Test
	void helpAndVersionExitZero() {
		CliRunner.Result help = this.cli.run("--help");
		assertThat(help.exitCode()).isZero();
		assertThat(help.out()).contains("status").contains("plan").contains("baseline").contains("--locations");
		assertThat(this.cli.run("--version").out()).startsWith("migrator ");
	}

}
