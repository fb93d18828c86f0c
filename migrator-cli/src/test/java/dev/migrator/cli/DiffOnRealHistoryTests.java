package dev.migrator.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;

import dev.migrator.MigratorConfig;
import dev.migrator.diff.DesiredSchema;
import dev.migrator.diff.DiffOptions;
import dev.migrator.diff.DiffReport;
import dev.migrator.diff.MigrationDiff;
import dev.migrator.schema.Schema;
import dev.migrator.schema.SchemaDiff;
import dev.migrator.test.EmbeddedDatabaseTest;
import dev.migrator.test.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The acceptance run of autogenerate on the 284-migration history: its own final schema is no
 * difference at all, and ten everyday changes on its real objects become pairs that give
 * exactly the desired schema.
 */
@EmbeddedDatabaseTest
class DiffOnRealHistoryTests {

	static final Path HISTORY = Paths.get("src/test/resources/histories/saas").toAbsolutePath();

	static final Set<String> HISTORY_TABLES = Set.of("schema_migrations", "schema_migrations_log");

	/** Ten changes, each on a real object of the history. */
	static final String TEN_CHANGES = """
			-- 1. an enum value
			ALTER TYPE record_state ADD VALUE 'suspended' AFTER 'active';
			-- 2. a partial index
			CREATE INDEX module02_items_active_idx ON module02_items (account_id) WHERE state = 'active';
			-- 3. a check constraint
			ALTER TABLE module03_items ADD CONSTRAINT module03_items_title_length CHECK (length(title) <= 200);
			-- 4. a column type change
			ALTER TABLE module05_items ALTER COLUMN priority TYPE bigint;
			-- 5. a renamed column (the generated search column follows it)
			ALTER TABLE module07_items RENAME COLUMN notes TO remarks;
			-- 6. a new table with a foreign key
			CREATE TABLE module08_items_comments (
			    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
			    item_id bigint NOT NULL REFERENCES module08_items (id) ON DELETE CASCADE,
			    body text NOT NULL,
			    created_at timestamptz NOT NULL DEFAULT now()
			);
			CREATE INDEX module08_items_comments_item_id_idx ON module08_items_comments (item_id);
			-- 7. a view change
			CREATE OR REPLACE VIEW module06_items_summary AS
			    SELECT account_id, state, count(*) AS items, sum(amount) AS total, max(updated_at) AS last_change
			    FROM module06_items
			    GROUP BY account_id, state;
			-- 8. a function change
			CREATE OR REPLACE FUNCTION module04_items_total(p_account bigint) RETURNS numeric
			LANGUAGE sql STABLE
			BEGIN ATOMIC
			    SELECT coalesce(sum(amount), 0) FROM module04_items WHERE account_id = p_account AND state <> 'archived';
			END;
			-- 9. a trigger
			CREATE FUNCTION module10_items_keep_active() RETURNS trigger LANGUAGE plpgsql AS $$
			BEGIN
			    RAISE EXCEPTION 'active item % cannot be deleted', OLD.id;
			END;
			$$;
			CREATE TRIGGER module10_items_keep_active BEFORE DELETE ON module10_items
			    FOR EACH ROW WHEN (OLD.state = 'active') EXECUTE FUNCTION module10_items_keep_active();
			-- 10. a comment
			COMMENT ON TABLE module12_items IS 'Items of module 12, with their notes and tags';
			""";

	@TempDir
	Path directory;

	final CliRunner cli = new CliRunner();

	@Test
	void theHistoryHasNoDifferencesFromItsOwnFinalSchemaBuiltOnALiveDatabase(TestDatabase scratch,
			TestDatabase desiredScratch, TestDatabase live) throws IOException {
		DesiredSchema.sql(List.of(desired(finalSchema()))).read(live.dataSource(), Set.of());
		MigrationDiff diff = new MigrationDiff(MigratorConfig.builder().dataSource(scratch.dataSource())
			.locations("filesystem:" + HISTORY).build(), desiredScratch.dataSource(), DiffOptions.SAFE);
		long start = System.nanoTime();
		DiffReport report = diff.compare(DesiredSchema.database(live.dataSource()));
		System.out.println("diff of the history against its own schema: " + elapsed(start));
		assertThat(report.differences()).isEmpty();
		assertThat(report.plan().isEmpty()).isTrue();
		assertThat(report.plan().refusals()).isEmpty();
		assertThat(report.upToDate()).isTrue();
	}

	@Test
	void tenChangesOnTheHistoryBecomePairsThatGiveExactlyTheDesiredSchema(TestDatabase db, TestDatabase desired)
			throws Exception {
		Path folder = copyOfHistory();
		Path desiredFile = desired(finalSchema() + "\n;\n" + TEN_CHANGES);
		String[] connection = { "--url", db.url(), "--user", db.user(), "--locations", "filesystem:" + folder };
		assertThat(this.cli.run(connection, "up").exitCode()).isZero();
		Schema before = schema(db);
		long start = System.nanoTime();
		CliRunner.Result result = this.cli.run(connection, "diff", "ten_changes", "--to", desiredFile.toString(),
				"--rename", "module07_items.notes=remarks", "--format", "json");
		System.out.println("diff of ten changes on the history, written and proven: " + elapsed(start));
		assertThat(result.exitCode()).as(result.out() + result.err()).isZero();
		JsonNode report = result.json();
		assertThat(report.get("refused")).as(result.out()).isEmpty();
		assertThat(report.get("verifyFailures")).as(result.out()).isEmpty();
		assertThat(names(report.get("written"))).containsExactly("000285_ten_changes_enum_values.up.sql",
				"000285_ten_changes_enum_values.down.sql", "000286_ten_changes.up.sql", "000286_ten_changes.down.sql",
				"000287_ten_changes_concurrently.up.sql", "000287_ten_changes_concurrently.down.sql",
				"000288_ten_changes_validate.up.sql", "000288_ten_changes_validate.down.sql");
		assertThat(Files.readString(folder.resolve("000287_ten_changes_concurrently.up.sql")))
			.startsWith("-- migrator:no-transaction\n")
			.contains("CREATE INDEX CONCURRENTLY module02_items_active_idx");

		DesiredSchema.sql(List.of(desiredFile)).read(desired.dataSource(), Set.of());
		assertThat(this.cli.run(connection, "up").exitCode()).isZero();
		assertThat(SchemaDiff.between(schema(desired), schema(db)).sentences("desired", "migrated")).isEmpty();
		assertThat(this.cli.run(connection, "down", "4").exitCode()).isZero();
		assertThat(SchemaDiff.between(before, schema(db)).sentences("before", "after down")).isEmpty();
	}

	@Test
	void aTypeChangeOnAnAuditTableWithRowsIsExpandedBackfilledAndContracted(TestDatabase db, TestDatabase desired)
			throws Exception {
		Path folder = copyOfHistory();
		String changed = finalSchema() + "\n;\nALTER TABLE module01_items_audit ALTER COLUMN operation TYPE varchar(16);";
		Path desiredFile = desired(changed);
		String[] connection = { "--url", db.url(), "--user", db.user(), "--locations", "filesystem:" + folder };
		assertThat(this.cli.run(connection, "up").exitCode()).isZero();
		// the audit trigger writes a row per insert and update
		db.execute("INSERT INTO module01_items (account_id, title) SELECT a.id, 'item ' || g FROM accounts a,"
				+ " generate_series(1, 800) g; UPDATE module01_items SET notes = 'seen' WHERE id % 2 = 0");
		Schema before = schema(db);
		CliRunner.Result result = this.cli.run(connection, "diff", "audit_operation", "--to", desiredFile.toString(),
				"--expand-contract", "--allow-drop", "--format", "json");
		assertThat(result.exitCode()).as(result.out() + result.err()).isZero();
		assertThat(result.json().get("warnings")).as(result.out()).isEmpty();
		assertThat(names(result.json().get("written"))).containsExactly("000285_audit_operation_expand.up.sql",
				"000285_audit_operation_expand.down.sql", "000286_audit_operation_backfill.up.sql",
				"000286_audit_operation_backfill.down.sql", "000287_audit_operation_contract.up.sql",
				"000287_audit_operation_contract.down.sql");

		DesiredSchema.sql(List.of(desiredFile)).read(desired.dataSource(), Set.of());
		assertThat(this.cli.run(connection, "up").exitCode()).isZero();
		assertThat(SchemaDiff.between(schema(desired).withoutColumnOrder(), schema(db).withoutColumnOrder())
			.sentences("desired", "migrated")).isEmpty();
		assertThat(db.queryColumn("SELECT operation || ' ' || count(*) FROM module01_items_audit GROUP BY operation"
				+ " ORDER BY operation")).containsExactly("INSERT 2400", "UPDATE 1200");
		assertThat(this.cli.run(connection, "down", "3").exitCode()).isZero();
		assertThat(SchemaDiff.between(before.withoutColumnOrder(), schema(db).withoutColumnOrder())
			.sentences("before", "after down")).isEmpty();
	}

	private Path copyOfHistory() throws IOException {
		Path copy = Files.createDirectories(this.directory.resolve("history"));
		try (Stream<Path> files = Files.list(HISTORY)) {
			for (Path file : files.toList()) {
				Files.copy(file, copy.resolve(file.getFileName()));
			}
		}
		return copy;
	}

	/** Every up in order, but for the seed that loads rows with COPY: rows are no schema. */
	private static String finalSchema() throws IOException {
		try (Stream<Path> files = Files.list(HISTORY)) {
			return files.filter((file) -> file.toString().endsWith(".up.sql"))
				.filter((file) -> !file.getFileName().toString().startsWith("000004_seed"))
				.sorted()
				.map(DiffOnRealHistoryTests::read)
				.collect(Collectors.joining("\n;\n"));
		}
	}

	private Path desired(String sql) throws IOException {
		return Files.writeString(Files.createTempFile(this.directory, "desired", ".sql"), sql);
	}

	private static List<String> names(JsonNode written) {
		List<String> names = new ArrayList<>();
		written.forEach((path) -> names.add(Paths.get(path.asString()).getFileName().toString()));
		return names;
	}

	private static Schema schema(TestDatabase db) throws SQLException {
		try (Connection connection = db.connect()) {
			return Schema.read(connection, HISTORY_TABLES);
		}
	}

	private static String elapsed(long start) {
		return Duration.ofNanos(System.nanoTime() - start).toMillis() + " ms";
	}

	private static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
