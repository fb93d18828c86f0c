package dev.migrator.cli;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;

import dev.migrator.test.EmbeddedDatabaseTest;
import dev.migrator.test.MigrationFolder;
import dev.migrator.test.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

@EmbeddedDatabaseTest
class PlanCommandTests {

	final CliRunner cli = new CliRunner();

	@Test
	void planUpNListsOnlyTheNextNAndRunsNothing(TestDatabase db) {
		JsonNode plan = run(db, "plan", "up", "1", "--format", "json").json();
		assertThat(plan.get("migrations")).hasSize(1);
		JsonNode first = plan.get("migrations").get(0);
		assertThat(first.get("version").asLong()).isEqualTo(1);
		assertThat(first.get("description").asString()).isEqualTo("create_users");
		assertThat(first.get("direction").asString()).isEqualTo("up");
		assertThat(first.get("transactional").asBoolean()).isTrue();
		assertThat(first.get("statements")).hasSize(1);
		JsonNode create = first.get("statements").get(0);
		assertThat(create.get("line").asInt()).isEqualTo(1);
		assertThat(create.get("column").asInt()).isEqualTo(1);
		assertThat(create.get("sql").asString()).startsWith("CREATE TABLE IF NOT EXISTS users");
		assertThat(db.tableExists("schema_migrations")).isFalse();
		assertThat(db.tableExists("schema_migrations_log")).isFalse();
	}

	@Test
	void planGotoAVersionBelowTheCurrentOneListsTheDownsInOrder(TestDatabase db) {
		run(db, "up");
		JsonNode plan = run(db, "plan", "goto", "1", "--format", "json").json();
		assertThat(plan.get("version").asLong()).isEqualTo(3);
		assertThat(plan.get("migrations")).hasSize(2);
		assertThat(plan.get("migrations").get(0).get("version").asLong()).isEqualTo(3);
		assertThat(plan.get("migrations").get(0).get("direction").asString()).isEqualTo("down");
		assertThat(plan.get("migrations").get(1).get("version").asLong()).isEqualTo(2);
		assertThat(plan.get("migrations").get(1).get("statements").get(0).get("sql").asString())
			.isEqualTo("DROP TABLE IF EXISTS notes");
		assertThat(run(db, "version").out().strip()).isEqualTo("3");
	}

	@Test
	void textShowsEachMigrationAndEachStatementWithFileLineAndColumn(TestDatabase db) {
		CliRunner.Result plan = run(db, "plan");
		assertThat(plan.exitCode()).isZero();
		assertThat(plan.out()).startsWith("Version: none")
			.contains("-- up 1 create_users")
			.contains("000002_create_notes.up.sql:6:1")
			.contains("CREATE INDEX IF NOT EXISTS notes_user_id_idx ON notes (user_id);");
		assertThat(db.tableExists("schema_migrations")).isFalse();
	}

	@Test
	void findingsWriteTheirSeverityInLowerCaseAsLintDoes(TestDatabase db, @TempDir Path folder) {
		new MigrationFolder(folder).up("1_drop", "DROP TABLE IF EXISTS old_notes;");
		String[] connection = { "--url", db.url(), "--user", db.user(), "--locations", "filesystem:" + folder };
		JsonNode finding = this.cli.run(connection, "plan", "--format", "json").json().get("migrations").get(0)
			.get("findings").get(0);
		assertThat(finding.get("rule").asString()).isEqualTo("drop-table");
		assertThat(finding.get("severity").asString()).isEqualTo("error");
		assertThat(this.cli.run(connection, "plan").out()).contains("-- error [drop-table] line 1");
	}

	@Test
	void planWithNothingToDoSaysSo(TestDatabase db) {
		run(db, "up");
		assertThat(run(db, "plan").out()).contains("Nothing to run.");
		assertThat(run(db, "plan", "--format", "json").json().get("migrations")).isEmpty();
	}

	@Test
	void malformedPlanOperationsAreUsageErrors(TestDatabase db) {
		assertThat(run(db, "plan", "goto").exitCode()).isEqualTo(2);
		assertThat(run(db, "plan", "up", "0").exitCode()).isEqualTo(2);
		assertThat(run(db, "plan", "goto", "latest").exitCode()).isEqualTo(2);
		CliRunner.Result sideways = run(db, "plan", "sideways");
		assertThat(sideways.exitCode()).isEqualTo(2);
		assertThat(sideways.err()).contains("Unknown plan operation 'sideways'");
	}

	private CliRunner.Result run(TestDatabase db, String... args) {
		return this.cli.run(CliRunner.connection(db, "notes"), args);
	}

}
