package dev.migrator.generate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.migrator.GeneratorException;
import dev.migrator.MigratorConfig;
import dev.migrator.lint.Finding;
import dev.migrator.lint.LintConfig;
import dev.migrator.lint.Severity;
import dev.migrator.test.EmbeddedDatabaseTest;
import dev.migrator.test.MigrationFolder;
import dev.migrator.test.TestDatabase;
import dev.migrator.verify.ScratchDatabase;
import dev.migrator.verify.Verifier;
import dev.migrator.verify.VerifyOptions;
import dev.migrator.verify.VerifyReport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.params.provider.Arguments.arguments;

@EmbeddedDatabaseTest
class MigrationGeneratorTests {

	static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T10:15:30Z"), ZoneOffset.UTC);

	@TempDir
	Path directory;

	static Stream<Arguments> builtInKinds() {
		return Stream.of(arguments(MigrationRequest.of("placeholder", "blank")),
				arguments(MigrationRequest.of("create_projects", "create-table")
					.withTable("projects")
					.withColumns("owner_id:bigint:not-null:references=users(id)", "name:text:not-null",
							"settings:jsonb:not-null:default='{}'::jsonb")),
				arguments(MigrationRequest.of("add_orders_note", "add-column")
					.withTable("orders")
					.withColumns("note:text", "priority:integer:not-null:default=3")),
				arguments(MigrationRequest.of("add_orders_region", "add-not-null-column")
					.withTable("orders")
					.withColumns("region:text:default='eu'")),
				arguments(MigrationRequest.of("index_orders_status", "add-index")
					.withTable("orders")
					.withIndex(List.of("status", "id"), false, true)),
				arguments(MigrationRequest.of("index_orders_status_small", "add-index")
					.withTable("orders")
					.withIndex(List.of("status"), true, false)),
				arguments(MigrationRequest.of("link_orders_users", "add-foreign-key")
					.withTable("orders")
					.withColumns("buyer_id:bigint:references=users(id)")),
				arguments(MigrationRequest.of("orders_total_positive", "add-check-constraint")
					.withTable("orders")
					.withCheck("total >= 0")),
				arguments(MigrationRequest.of("rename_orders_status", "rename-column")
					.withTable("orders")
					.withColumns("status")
					.withNewName("state")),
				arguments(MigrationRequest.of("widen_orders_total", "change-column-type")
					.withTable("orders")
					.withColumns("total")
					.withNewType("numeric(14,2)")));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("builtInKinds")
	void everyBuiltInKindPassesLintAndReversesOnPostgres(MigrationRequest request, TestDatabase db) throws Exception {
		new MigrationFolder(this.directory).pair("000001_create_users_and_orders",
				"CREATE TABLE IF NOT EXISTS users (id bigint PRIMARY KEY, email text);\n"
						+ "CREATE TABLE IF NOT EXISTS orders (id bigint PRIMARY KEY, status text, total numeric(12,2));\n"
						+ "INSERT INTO users VALUES (1, 'a@example.com');\nINSERT INTO orders VALUES (1, 'new', 10);",
				"DROP TABLE IF EXISTS orders;\nDROP TABLE IF EXISTS users;");
		GeneratedMigration generated = new MigrationGenerator(this.directory, null, VersionScheme.AUTO, CLOCK,
				LintConfig.defaults())
			.generate(request);
		assertThat(generated.version()).isEqualTo("000002");
		assertThat(generated.up()).hasFileName("000002_" + request.name() + ".up.sql");
		String up = Files.readString(generated.up());
		assertThat(up).startsWith("-- ").doesNotContain("\n\n").endsWith("\n");
		assertThat(generated.findings()).filteredOn((finding) -> finding.severity() == Severity.ERROR)
			.extracting(Finding::toString)
			.isEmpty();
		try (ScratchDatabase scratch = ScratchDatabase.on(db.url(), db.user(), db.password())) {
			VerifyReport report = new Verifier(scratch, MigratorConfig.builder()
				.dataSource(scratch.dataSource())
				.locations("filesystem:" + this.directory)
				.build(), VerifyOptions.DEFAULTS).verify();
			assertThat(report.describeFailures()).isEmpty();
			assertThat(report.results()).extracting(VerifyReport.Result::outcome)
				.containsOnly(VerifyReport.Outcome.PASSED);
		}
	}

	@Test
	void createTableWritesReadableSqlWithIndexedForeignKeys() throws IOException {
		GeneratedMigration generated = generator().generate(MigrationRequest.of("create_projects", "create-table")
			.withTable("projects")
			.withColumns("owner_id:bigint:not-null:references=users(id)", "name:text:not-null"));
		assertThat(Files.readString(generated.up())).isEqualTo("""
				-- Creates table projects.
				-- Rolled back by dropping it.
				CREATE TABLE IF NOT EXISTS projects (
				    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
				    owner_id bigint NOT NULL REFERENCES users (id),
				    name text NOT NULL,
				    created_at timestamptz NOT NULL DEFAULT now(),
				    updated_at timestamptz NOT NULL DEFAULT now()
				);
				CREATE INDEX IF NOT EXISTS projects_owner_id_idx ON projects (owner_id);
				""");
		assertThat(Files.readString(generated.down())).contains("DROP TABLE IF EXISTS projects;");
	}

	@Test
	void sequentialNumbersFollowTheWidestVersionAndSkipGaps() {
		new MigrationFolder(this.directory).up("0001_a", "SELECT 1;").up("0007_b", "SELECT 1;");
		assertThat(generator().generate(MigrationRequest.of("c", "blank")).version()).isEqualTo("0008");
	}

	@Test
	void emptyFolderStartsAtOneAndIsCreatedWhenMissing() {
		MigrationGenerator generator = new MigrationGenerator(this.directory.resolve("db/migrations"), null,
				VersionScheme.AUTO, CLOCK, LintConfig.defaults());
		assertThat(generator.generate(MigrationRequest.of("init", "blank")).version()).isEqualTo("000001");
	}

	@Test
	void timestampFoldersGetTheUtcTimeAndNeverCollide() {
		new MigrationFolder(this.directory).up("20251220123456_a", "SELECT 1;");
		assertThat(generator().generate(MigrationRequest.of("b", "blank")).version()).isEqualTo("20261124101530");
		assertThat(generator().generate(MigrationRequest.of("c", "blank")).version()).isEqualTo("20261124101531");
	}

	@Test
	void timestampsWhenAskedAndMixedFoldersFollowTheNewestVersion() {
		assertThat(new MigrationGenerator(this.directory, null, VersionScheme.TIMESTAMP, CLOCK, LintConfig.defaults())
			.generate(MigrationRequest.of("a", "blank"))
			.version()).isEqualTo("20261124101530");
		new MigrationFolder(this.directory).up("99999999999999999_later", "SELECT 1;");
		assertThat(generator().generate(MigrationRequest.of("b", "blank")).version()).isEqualTo("100000000000000000");
	}

	@Test
	void refusesNamesAndIdentifiersThatCouldEscapeOrInject() {
		assertRefused(() -> MigrationRequest.of("../escape", "blank"), "must be snake_case");
		assertRefused(() -> MigrationRequest.of("AddThing", "blank"), "must be snake_case");
		assertRefused(() -> MigrationRequest.of("x", "create-table").withTable("users; DROP TABLE users"),
				"is not a plain identifier");
		assertRefused(() -> MigrationRequest.of("x", "create-table").withTable("a\"b"), "is not a plain identifier");
		assertRefused(() -> MigrationRequest.of("x", "create-table").withTable("t".repeat(64)), "longer than 63 bytes");
		assertRefused(() -> MigrationRequest.of("x", "add-column").withTable("t").withColumns("c:text; DROP TABLE t"),
				"is not one the generator accepts");
		assertRefused(() -> MigrationRequest.of("x", "add-column").withTable("t").withColumns("c:text:default='a';--"),
				"is not a literal");
		assertRefused(() -> MigrationRequest.of("x", "add-check-constraint").withTable("t").withCheck("a > 0); DROP TABLE t; --"),
				"one line without comments");
		assertRefused(() -> MigrationRequest.of("x", "add-check-constraint").withTable("t").withCheck("a > 0); DROP TABLE t"),
				"must not contain ';'");
		assertRefused(() -> MigrationRequest.of("x", "add-column").withTable("t").withColumns("c:text:not-null"),
				"add-not-null-column");
		assertRefused(() -> MigrationRequest.of("x", "nope"), "Unknown kind 'nope'");
		assertThat(this.directory).isEmptyDirectory();
	}

	@Test
	void reservedAndUpperCaseIdentifiersAreQuoted() throws IOException {
		GeneratedMigration generated = generator().generate(
				MigrationRequest.of("create_user", "create-table").withTable("user").withColumns("Email:text"));
		assertThat(Files.readString(generated.up())).contains("CREATE TABLE IF NOT EXISTS \"user\" (")
			.contains("\"Email\" text,");
	}

	@Test
	void userTemplatesOverrideBuiltInKindsAndAddNewOnes() throws IOException {
		Path templates = Files.createDirectories(this.directory.resolve("templates"));
		Path migrations = this.directory.resolve("migrations");
		Files.writeString(templates.resolve("blank.up.sql"), "-- Our house style for [(${description})].\nSELECT 42;\n");
		Files.writeString(templates.resolve("add-audit.up.sql"),
				"CREATE TABLE IF NOT EXISTS [(${table})]_audit (id bigint PRIMARY KEY);\n");
		Files.writeString(templates.resolve("add-audit.down.sql"), "DROP TABLE IF EXISTS [(${table})]_audit;\n");
		MigrationGenerator generator = new MigrationGenerator(migrations, templates, VersionScheme.AUTO, CLOCK,
				LintConfig.defaults());
		GeneratedMigration blank = generator.generate(MigrationRequest.of("house_style", "blank"));
		assertThat(Files.readString(blank.up())).isEqualTo("-- Our house style for House style.\nSELECT 42;\n");
		assertThat(Files.readString(blank.down())).contains("Undoes 000001_house_style.up.sql");
		GeneratedMigration audit = generator.generate(MigrationRequest.of("audit_orders", "add-audit").withTable("orders"));
		assertThat(Files.readString(audit.up())).isEqualTo("CREATE TABLE IF NOT EXISTS orders_audit (id bigint PRIMARY KEY);\n");
	}

	private void assertRefused(Supplier<MigrationRequest> request, String message) {
		assertThatExceptionOfType(GeneratorException.class).isThrownBy(() -> generator().generate(request.get()))
			.withMessageContaining(message);
	}

	private MigrationGenerator generator() {
		return new MigrationGenerator(this.directory, null, VersionScheme.AUTO, CLOCK, LintConfig.defaults());
	}

}
