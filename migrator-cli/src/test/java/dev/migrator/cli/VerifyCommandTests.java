package dev.migrator.cli;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;

import dev.migrator.test.EmbeddedDatabaseTest;
import dev.migrator.test.MigrationFolder;
import dev.migrator.test.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

@EmbeddedDatabaseTest
class VerifyCommandTests {

	@TempDir
	Path directory;

	MigrationFolder folder;

	final CliRunner cli = new CliRunner();

	@BeforeEach
	void orders() {
		this.folder = new MigrationFolder(this.directory).pair("000001_create_orders",
				"CREATE TABLE orders (id bigint PRIMARY KEY, status text, total numeric);", "DROP TABLE orders;");
	}

	@Test
	void reportsEveryBrokenDownAsJsonAndExitsOne(TestDatabase db) {
		this.folder.pair("000002_index_status", "CREATE INDEX orders_status_idx ON orders (status);", "SELECT 1;")
			.pair("000003_add_paid", "ALTER TABLE orders ADD COLUMN paid boolean;", "ALTER TABLE orders DROP COLUMN paid;")
			.pair("000004_add_note", "ALTER TABLE orders ADD COLUMN note text;", "SELECT 1;")
			.pair("000005_index_paid", "CREATE INDEX orders_paid_idx ON orders (paid);", "DROP INDEX orders_paid_idx;");
		CliRunner.Result result = verify(db, "--format", "json");
		assertThat(result.exitCode()).as(result.err()).isEqualTo(1);
		JsonNode json = result.json();
		assertThat(json.propertyNames()).containsExactly("checked", "passed", "failures");
		assertThat(json.get("checked").asInt()).isEqualTo(5);
		assertThat(json.get("passed").asInt()).isEqualTo(3);
		assertThat(json.get("failures")).hasSize(2);
		JsonNode first = json.get("failures").get(0);
		assertThat(first.propertyNames()).containsExactly("version", "description", "differences");
		assertThat(first.get("version").asLong()).isEqualTo(2);
		assertThat(first.get("description").asString()).isEqualTo("index_status");
		assertThat(first.get("differences").get(0).asString()).isEqualTo("index public.orders_status_idx exists after"
				+ " down but not before up (CREATE INDEX orders_status_idx ON public.orders USING btree (status))");
		JsonNode second = json.get("failures").get(1);
		assertThat(second.get("version").asLong()).isEqualTo(4);
		assertThat(second.get("differences").get(0).asString())
			.isEqualTo("column public.orders.note exists after down but not before up (text)");
	}

	@Test
	void listsEachFailureInText(TestDatabase db) {
		this.folder.pair("000002_index_status", "CREATE INDEX orders_status_idx ON orders (status);", "SELECT 1;")
			.pair("000003_add_note", "ALTER TABLE orders ADD COLUMN note text;",
					"ALTER TABLE orders DROP COLUMN notes;");
		CliRunner.Result result = verify(db);
		assertThat(result.exitCode()).isEqualTo(1);
		assertThat(result.out()).contains("migration 2 (index_status):\n  index public.orders_status_idx exists after down")
			.contains("migration 3 (add_note):\n  down failed: " + this.directory.resolve("000003_add_note.down.sql")
					+ ":1:1: ERROR 42703: column \"notes\" of relation \"orders\" does not exist")
			.contains("Verify failed: 2 failed, 1 passed of 3 checked");
	}

	@Test
	void fromAndToBoundWhatIsChecked(TestDatabase db) {
		this.folder.pair("000002_add_note", "ALTER TABLE orders ADD COLUMN note text;", "SELECT 1;")
			.pair("000003_add_paid", "ALTER TABLE orders ADD COLUMN paid boolean;", "ALTER TABLE orders DROP COLUMN paid;")
			.pair("000004_index_paid", "CREATE INDEX orders_paid_idx ON orders (paid);", "SELECT 1;");
		CliRunner.Result bounded = verify(db, "--from", "3", "--to", "3", "--format", "json");
		assertThat(bounded.exitCode()).isZero();
		assertThat(bounded.json().get("checked").asInt()).isEqualTo(1);
		assertThat(bounded.json().get("failures")).isEmpty();
		assertThat(failedVersions(verify(db, "--from", "3", "--format", "json"))).containsExactly(4L);
		assertThat(failedVersions(verify(db, "--to", "3", "--format", "json"))).containsExactly(2L);
		assertThat(verify(db, "--from", "4", "--to", "2").exitCode()).isEqualTo(2);
	}

	@Test
	void reAddedColumnAtTheEndPassesUnlessColumnOrderIsStrict(TestDatabase db) {
		this.folder.pair("000002_drop_status", "ALTER TABLE orders DROP COLUMN status;",
				"ALTER TABLE orders ADD COLUMN status text;");
		CliRunner.Result lenient = verify(db);
		assertThat(lenient.exitCode()).as(lenient.out()).isZero();
		assertThat(lenient.out()).contains("Verified: 2 migrations reverse cleanly");
		CliRunner.Result strict = verify(db, "--strict-column-order", "--format", "json");
		assertThat(strict.exitCode()).isEqualTo(1);
		assertThat(strict.json().get("failures").get(0).get("differences").get(0).asString())
			.isEqualTo("column order public.orders differs: before up 'id, status, total', after down 'id, total, status'");
	}

	private CliRunner.Result verify(TestDatabase db, String... args) {
		return this.cli.run(new String[] { "--url", db.url(), "--user", db.user(), "--locations",
				this.folder.location(), "verify" }, args);
	}

	private static List<Long> failedVersions(CliRunner.Result result) {
		return result.json().get("failures").valueStream().map((failure) -> failure.get("version").asLong()).toList();
	}

}
