package dev.migrator.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.migrator.test.EmbeddedDatabaseTest;
import dev.migrator.test.MigrationFolder;
import dev.migrator.test.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

@EmbeddedDatabaseTest
class DriftCommandTests {

	@TempDir
	Path directory;

	MigrationFolder folder;

	final CliRunner cli = new CliRunner();

	@BeforeEach
	void orders() {
		this.folder = new MigrationFolder(this.directory).pair("000001_create_orders",
				"CREATE TABLE orders (id bigint PRIMARY KEY, status text);", "DROP TABLE orders;");
	}

	@Test
	void exitsZeroWhenTheDatabaseIsWhatItsMigrationsGive(TestDatabase db) {
		assertThat(migrator(db, "up").exitCode()).isZero();
		CliRunner.Result result = drift(db);
		assertThat(result.exitCode()).as(result.err()).isZero();
		assertThat(result.out()).contains("No drift: the database is what its migrations give at version 1.");
	}

	@Test
	void exitsOneListingAnIndexAddedByHand(TestDatabase db) {
		assertThat(migrator(db, "up").exitCode()).isZero();
		db.execute("CREATE INDEX orders_status_idx ON orders (status)");
		CliRunner.Result text = drift(db);
		assertThat(text.exitCode()).as(text.err()).isEqualTo(1);
		assertThat(text.out()).contains("DRIFT index public.orders_status_idx exists in the database but not in its"
				+ " migrations");
		CliRunner.Result json = drift(db, "--format", "json");
		assertThat(json.exitCode()).as(json.err()).isEqualTo(1);
		assertThat(json.json().get("version").asLong()).isEqualTo(1L);
		assertThat(json.json().get("differences")).singleElement()
			.satisfies((difference) -> assertThat(difference.asString())
				.startsWith("index public.orders_status_idx exists in the database but not in its migrations"));
	}

	/** The sets share the database: one replay of both, one comparison, the other set's table no drift. */
	@Test
	void withSeveralSetsListsAnIndexAddedByHandOnceAndNoOtherSetsObjects(TestDatabase db) throws Exception {
		MigrationFolder audit = new MigrationFolder(Files.createDirectories(this.directory.resolve("audit")))
			.pair("000001_create_audit_log", "CREATE TABLE audit_log (id bigint PRIMARY KEY, at timestamptz);",
					"DROP TABLE audit_log;");
		String[] sets = { "--url", db.url(), "--user", db.user(), "--locations", this.folder.location(),
				"--set-location", "audit=" + audit.location() };
		assertThat(this.cli.run(sets, new String[] { "up" }).exitCode()).isZero();
		CliRunner.Result clean = this.cli.run(sets, new String[] { "drift", "--dev-url", db.url() });
		assertThat(clean.exitCode()).as(clean.out() + clean.err()).isZero();
		assertThat(clean.out()).contains("No drift: the database is what its migrations give at version 1 of set"
				+ " audit, version 1 of set app.");

		db.execute("CREATE INDEX audit_log_at_idx ON audit_log (at)");
		CliRunner.Result json = this.cli.run(sets, new String[] { "drift", "--dev-url", db.url(), "--format", "json" });
		assertThat(json.exitCode()).as(json.err()).isEqualTo(1);
		assertThat(json.json().get("versions").get("audit").asLong()).isEqualTo(1L);
		assertThat(json.json().get("versions").get("app").asLong()).isEqualTo(1L);
		assertThat(json.json().get("differences")).singleElement()
			.satisfies((difference) -> assertThat(difference.asString())
				.startsWith("index public.audit_log_at_idx exists in the database but not in its migrations"));

		CliRunner.Result app = this.cli.run(sets, new String[] { "--set", "app", "drift", "--dev-url", db.url() });
		assertThat(app.exitCode()).as(app.err()).isEqualTo(1);
		assertThat(app.out()).contains("audit_log");
	}

	private CliRunner.Result drift(TestDatabase db, String... args) {
		return this.cli.run(new String[] { "--url", db.url(), "--user", db.user(), "--locations",
				this.folder.location(), "drift", "--dev-url", db.url() }, args);
	}

	private CliRunner.Result migrator(TestDatabase db, String command) {
		return this.cli.run("--url", db.url(), "--user", db.user(), "--locations", this.folder.location(), command);
	}

}
