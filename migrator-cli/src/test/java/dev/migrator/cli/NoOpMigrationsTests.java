package dev.migrator.cli;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import dev.migrator.test.EmbeddedDatabaseTest;
import dev.migrator.test.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A history shaped like real golang-migrate ones: downs that are {@code -- no-op} (a data
 * migration, an index left in place), an up that is only a comment and a down that is an
 * empty file. Each runs as a no-op, as psql and golang-migrate run it.
 */
@EmbeddedDatabaseTest
class NoOpMigrationsTests {

	final CliRunner cli = new CliRunner();

	@Test
	void upGotoAndUpAgainAcrossNoOpFilesEndClean(TestDatabase db) {
		assertThat(run(db, "up").exitCode()).isZero();
		assertThat(appliedVersions(db)).isEqualTo("1,2,3,4,5");

		CliRunner.Result back = run(db, "goto", "1");
		assertThat(back.exitCode()).as(back.err()).isZero();
		assertThat(appliedVersions(db)).isEqualTo("1");
		assertThat(db.tableExists("notes")).isFalse();
		// the no-op downs left the admin row and the index in place, as their files say
		assertThat(db.queryColumn("SELECT email FROM users")).containsExactly("admin@example.com");
		assertThat(db.queryColumn("SELECT indexname FROM pg_indexes WHERE tablename = 'users' ORDER BY 1"))
			.containsExactly("users_email_idx", "users_pkey");

		CliRunner.Result again = run(db, "up");
		assertThat(again.exitCode()).as(again.err()).isZero();
		JsonNode status = run(db, "status", "--format", "json").json();
		assertThat(status.get("version").asLong()).isEqualTo(5);
		assertThat(status.get("dirty").asBoolean()).isFalse();
		assertThat(db.queryColumn("SELECT string_agg(action, ',' ORDER BY id) FROM schema_migrations_log"
				+ " WHERE version = 3 AND success")).containsExactly("up,down,up");
		assertThat(run(db, "validate").out()).isEqualTo("Valid: the files and the history agree.\n");
	}

	@Test
	void planShowsTheNoOpsWithoutStatements(TestDatabase db) {
		CliRunner.Result text = run(db, "plan");
		assertThat(text.exitCode()).isZero();
		assertThat(text.out()).contains("-- up 3 reverted_upstream\n-- warning [empty-migration] line 1: The up file"
				+ " has no SQL statement: it is applied and recorded as a no-op.\n-- no statements (no-op): only its"
				+ " history row is recorded\n\n-- up 4 index_email");
		JsonNode up = run(db, "plan", "--format", "json").json();
		assertThat(up.get("migrations").get(2).get("statements")).isEmpty();
		assertThat(up.get("migrations").get(3).get("statements")).hasSize(1);

		run(db, "up");
		assertThat(run(db, "plan", "goto", "3").out())
			.contains("-- down 4 index_email\n-- no statements (no-op): only its history row is removed\n");
		JsonNode down = run(db, "plan", "goto", "1", "--format", "json").json();
		assertThat(down.get("migrations").valueStream().map((migration) -> migration.get("version").asLong()
				+ ":" + migration.get("statements").size())).containsExactly("5:1", "4:0", "3:0", "2:0");
	}

	@Test
	void verifyPassesTheNoOpPairAndReportsTheNoOpDownOfARealUp(TestDatabase scratch) {
		CliRunner.Result result = this.cli.run(CliRunner.connection(scratch, "no-ops"), "verify", "--format", "json");
		assertThat(result.exitCode()).as(result.err()).isEqualTo(1);
		JsonNode json = result.json();
		assertThat(json.get("checked").asInt()).isEqualTo(5);
		assertThat(json.get("passed").asInt()).isEqualTo(4);
		assertThat(json.get("failures")).singleElement().satisfies((failure) -> {
			assertThat(failure.get("version").asLong()).isEqualTo(4);
			assertThat(failure.get("differences").get(0).asString())
				.startsWith("index public.users_email_idx exists after down but not before up");
		});
	}

	private static String appliedVersions(TestDatabase db) {
		return db.queryColumn("SELECT string_agg(version::text, ',' ORDER BY version) FROM schema_migrations"
				+ " WHERE NOT dirty").get(0);
	}

	private CliRunner.Result run(TestDatabase db, String... args) {
		return this.cli.run(CliRunner.connection(db, "no-ops"), args);
	}

}
