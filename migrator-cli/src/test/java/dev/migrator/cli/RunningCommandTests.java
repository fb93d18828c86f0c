package dev.migrator.cli;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;

import dev.migrator.source.Location;
import dev.migrator.source.MigrationSet;
import dev.migrator.test.EmbeddedDatabaseTest;
import dev.migrator.test.MigrationFolder;
import dev.migrator.test.TestDatabase;
import dev.migrator.test.TwoReleases;

import static org.assertj.core.api.Assertions.assertThat;

@EmbeddedDatabaseTest
class RunningCommandTests {

	final CliRunner cli = new CliRunner();

	@TempDir
	Path directory;

	@Test
	void resumeOnACleanDatabaseSaysSoAndRunsAsUp(TestDatabase db) {
		CliRunner.Result resume = this.cli.run(CliRunner.connection(db, "notes"), "up", "--resume");
		assertThat(resume.exitCode()).as(resume.err()).isZero();
		assertThat(resume.out().lines().toList()).hasSize(5)
			.startsWith("Nothing to resume: the database is not dirty; ran pending migrations as up.",
					"up 000001 create_users");
		CliRunner.Result again = this.cli.run(CliRunner.connection(db, "notes"), "up", "--resume", "--format", "json");
		assertThat(again.exitCode()).isZero();
		assertThat(again.json().get("resumed").asBoolean()).isFalse();
		assertThat(again.json().get("migrations")).isEmpty();
	}

	@Test
	void failedNonTransactionalMigrationIsFixedAndResumedAsTheMessageSays(TestDatabase db) {
		MigrationFolder folder = new MigrationFolder(this.directory)
			.pair("000001_create_orders", "CREATE TABLE orders (id bigint PRIMARY KEY, status text);",
					"DROP TABLE orders;")
			.up("000002_index_orders", "-- migrator:no-transaction\n"
					+ "CREATE INDEX CONCURRENTLY orders_id_idx ON orders (id);\n"
					+ "CREATE INDEX CONCURRENTLY orders_status_idx ON orders (stauts);");
		String[] connection = { "--url", db.url(), "--user", db.user(), "--locations", folder.location() };
		CliRunner.Result failed = this.cli.run(connection, "up");
		assertThat(failed.exitCode()).isEqualTo(1);
		assertThat(failed.err()).contains("000002_index_orders.up.sql:3")
			.contains("Fix the cause (the file from statement 2 on may be edited), then run `up --resume`");
		folder.up("000002_index_orders", "-- migrator:no-transaction\n"
				+ "CREATE INDEX CONCURRENTLY orders_id_idx ON orders (id);\n"
				+ "CREATE INDEX CONCURRENTLY orders_status_idx ON orders (status);");
		CliRunner.Result resumed = this.cli.run(connection, "up", "--resume");
		assertThat(resumed.exitCode()).as(resumed.err()).isZero();
		assertThat(resumed.out()).startsWith("up 000002 index_orders").contains("version 2 -> 2");
		JsonNode status = this.cli.run(connection, "status", "--format", "json").json();
		assertThat(status.get("dirty").asBoolean()).isFalse();
		assertThat(status.get("problems")).isEmpty();
		assertThat(status.get("applied").get(1).get("checksum").asString())
			.isEqualTo(checksum(folder));
		assertThat(this.cli.run(connection, "validate").exitCode()).isZero();
	}

	/** The checksum of migration 2's up file as it is now. */
	private static String checksum(MigrationFolder folder) {
		return MigrationSet.load(List.of(Location.parse(folder.location())), RunningCommandTests.class.getClassLoader())
			.find(2)
			.orElseThrow()
			.up()
			.checksum();
	}

	@Test
	void showsProgressOnATerminal(TestDatabase db) {
		CliRunner.Result up = this.cli.terminal().run(CliRunner.connection(db, "notes"), "up");
		assertThat(up.exitCode()).isZero();
		assertThat(up.err().lines()).containsExactly("[1/3] migrating 000001 create_users ...",
				"[2/3] migrating 000002 create_notes ...", "[3/3] migrating 000003 add_note_title ...");
		CliRunner.Result down = this.cli.run(CliRunner.connection(db, "notes"), "down");
		assertThat(down.err()).contains("[1/1] rolling back 000003 add_note_title ...");
	}

	@Test
	void reportsOnlyWhatRanWithoutATerminal(TestDatabase db) {
		CliRunner.Result up = this.cli.run(CliRunner.connection(db, "notes"), "up");
		assertThat(up.err()).isEmpty();
		assertThat(up.out().lines().toList()).hasSize(4)
			.startsWith("up 000001 create_users", "up 000002 create_notes", "up 000003 add_note_title")
			.last()
			.asString()
			.matches("Migrated 3 migrations in \\d+ ms: version none -> 3\\.");
		assertThat(this.cli.run(CliRunner.connection(db, "notes"), "up").out())
			.isEqualTo("No migration to run; the database is at version 3.\n");
		assertThat(this.cli.run(CliRunner.connection(db, "notes"), "down").out().lines().toList())
			.hasSize(2)
			.startsWith("down 000003 add_note_title")
			.last()
			.asString()
			.matches("Rolled back 1 migration in \\d+ ms: version 3 -> 2\\.");
	}

	@Test
	void downWithNothingAppliedIsNoChange(TestDatabase db) {
		CliRunner.Result down = this.cli.run(CliRunner.connection(db, "notes"), "down");
		assertThat(down.exitCode()).as(down.err()).isZero();
		assertThat(down.out()).isEqualTo("Nothing to roll back: no migration is applied.\n");
		CliRunner.Result downThree = this.cli.run(CliRunner.connection(db, "notes"), "down", "3");
		assertThat(downThree.exitCode()).isZero();
		assertThat(db.tableExists("schema_migrations")).isFalse();
		this.cli.run(CliRunner.connection(db, "notes"), "up", "1");
		CliRunner.Result tooMany = this.cli.run(CliRunner.connection(db, "notes"), "down", "2");
		assertThat(tooMany.exitCode()).isEqualTo(1);
		assertThat(tooMany.err()).contains("Cannot roll back 2 migrations: only 1 is applied. Nothing was run.");
	}

	@Test
	void theCliNamesItsSessionsInTheLog(TestDatabase db) {
		assertThat(this.cli.run(CliRunner.connection(db, "notes"), "up").exitCode()).isZero();
		assertThat(db.queryColumn("SELECT DISTINCT application_name FROM schema_migrations_log"))
			.singleElement()
			.asString()
			.startsWith("migrator-cli on ")
			.endsWith(" pid " + ProcessHandle.current().pid());
	}

	@Test
	void jsonReportsTheResult(TestDatabase db) {
		CliRunner.Result run = this.cli.terminal()
			.run(CliRunner.connection(db, "notes"), "up", "2", "--format", "json");
		assertThat(run.err()).as("no progress in json mode").isEmpty();
		JsonNode result = run.json();
		assertThat(result.get("versionBefore").isNull()).isTrue();
		assertThat(result.get("versionAfter").asLong()).isEqualTo(2);
		assertThat(result.get("executionMs").isIntegralNumber()).isTrue();
		JsonNode second = result.get("migrations").get(1);
		assertThat(second.get("version").asLong()).isEqualTo(2);
		assertThat(second.get("description").asString()).isEqualTo("create_notes");
		assertThat(second.get("direction").asString()).isEqualTo("up");
		JsonNode down = this.cli.run(CliRunner.connection(db, "notes"), "goto", "1", "--format", "json").json();
		assertThat(down.get("versionBefore").asLong()).isEqualTo(2);
		assertThat(down.get("versionAfter").asLong()).isEqualTo(1);
		assertThat(down.get("migrations").get(0).get("direction").asString()).isEqualTo("down");
	}

	@Test
	void optionWinsOverTheEnvironment(TestDatabase db) {
		this.cli.env("MIGRATOR_URL", "jdbc:postgresql://localhost:1/none").env("MIGRATOR_USER", "nobody");
		CliRunner.Result result = this.cli.run(CliRunner.connection(db, "notes"), "up", "1");
		assertThat(result.exitCode()).as(result.err()).isZero();
		assertThat(db.tableExists("users")).isTrue();
	}

	@Test
	void locationsMayBeBarePathsRepeatedOrCommaSeparated(TestDatabase db) {
		String base = "src/test/resources/migrations/ooo-base";
		String late = "src/test/resources/migrations/ooo-late";
		String[] connection = { "--url", db.url(), "--user", db.user() };
		assertThat(this.cli.run(connection, "--locations", base, "up").out()).contains("version none -> 3");
		CliRunner.Result refused = this.cli.run(connection, "--locations", base + "," + late, "up");
		assertThat(refused.exitCode()).isEqualTo(1);
		assertThat(refused.err()).contains("000002");
		CliRunner.Result outOfOrder = this.cli.run(connection, "--locations", base, "--locations", late, "up",
				"--out-of-order");
		assertThat(outOfOrder.exitCode()).as(outOfOrder.err()).isZero();
		assertThat(db.tableExists("notes")).isTrue();
	}

	@Test
	void classpathLocationsWork(TestDatabase db) {
		CliRunner.Result up = this.cli.run("--url", db.url(), "--user", db.user(), "--locations",
				"classpath:migrations/notes", "up");
		assertThat(up.exitCode()).as(up.err()).isZero();
		assertThat(up.out()).contains("version none -> 3");
	}

	@Test
	void changedFileIsRefusedUnlessValidationIsTurnedOff(TestDatabase db) {
		String[] connection = CliRunner.connection(db, "notes");
		this.cli.run(connection, "up", "1");
		db.execute("UPDATE schema_migrations SET checksum = 'edited' WHERE version = 1");
		assertThat(this.cli.run(connection, "up", "1").exitCode()).isEqualTo(1);
		assertThat(this.cli.run(connection, "up", "1", "--validate-on-migrate=false").exitCode()).isZero();
		assertThat(this.cli.run(connection, "--no-validate-on-migrate", "up", "1").exitCode()).isZero();
		assertThat(this.cli.run(connection, "validate").exitCode()).isEqualTo(1);
		assertThat(this.cli.run(connection, "repair").out()).contains("versions [1]");
		assertThat(this.cli.run(connection, "validate").exitCode()).isZero();
	}

	@Test
	void olderReleaseRunsNothingAfterANewerOneUnlessToldNotToIgnoreTheVersionsAhead(TestDatabase db) {
		TwoReleases releases = TwoReleases.in(this.directory);
		String[] connection = { "--url", db.url(), "--user", db.user() };
		this.cli.run(connection, "--locations", releases.v2().location(), "up");
		String[] older = { "--url", db.url(), "--user", db.user(), "--locations", releases.v1().location() };
		CliRunner.Result up = this.cli.run(older, "up");
		assertThat(up.exitCode()).as(up.err()).isZero();
		assertThat(up.out()).contains("No migration to run; the database is at version 3.");
		assertThat(this.cli.run(older, "validate").exitCode()).isZero();
		CliRunner.Result strict = this.cli.run(older, "--no-ignore-ahead", "up");
		assertThat(strict.exitCode()).isEqualTo(1);
		assertThat(strict.err()).contains("Migration 3 (add_title) was applied by a newer release")
			.contains("--no-ignore-ahead");
		assertThat(this.cli.run(older, "validate", "--no-ignore-ahead").exitCode()).isEqualTo(1);
		CliRunner.Result down = this.cli.run(older, "down");
		assertThat(down.exitCode()).isEqualTo(1);
		assertThat(down.err()).contains("Cannot roll back migration 3: a newer release applied it");
		assertThat(db.queryColumn("SELECT version FROM schema_migrations ORDER BY version")).containsExactly("1", "2",
				"3");
	}

	@Test
	void historyGoesToTheGivenSchemaAndTable(TestDatabase db) {
		CliRunner.Result up = this.cli.run(CliRunner.connection(db, "notes"), "--schema", "migrations", "--table",
				"history", "up");
		assertThat(up.exitCode()).as(up.err()).isZero();
		assertThat(db.tableExists("migrations.history")).isTrue();
		assertThat(db.tableExists("schema_migrations")).isFalse();
	}

	@Test
	void lockTimeoutAcceptsSecondsUnitsAndIsoDurations(TestDatabase db) {
		String[] connection = CliRunner.connection(db, "notes");
		assertThat(this.cli.run(connection, "--lock-timeout", "30s", "up", "1").exitCode()).isZero();
		assertThat(this.cli.run(connection, "--lock-timeout", "PT30S", "up", "1").exitCode()).isZero();
		assertThat(this.cli.run(connection, "up", "1", "--lock-timeout", "30").exitCode()).isZero();
		assertThat(this.cli.run(connection, "down", "--lock-timeout", "500ms").exitCode()).isZero();
	}

	@Test
	void forceAcceptsMinusOneForNoVersion(TestDatabase db) {
		String[] connection = CliRunner.connection(db, "notes");
		this.cli.run(connection, "up");
		CliRunner.Result forced = this.cli.run(connection, "force", "-1");
		assertThat(forced.exitCode()).as(forced.err()).isZero();
		assertThat(this.cli.run(connection, "version").out().strip()).isEqualTo("none");
	}

}
