package dev.migrator.verify;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.migrator.MigratorConfig;
import dev.migrator.NothingToVerifyException;
import dev.migrator.test.EmbeddedDatabaseTest;
import dev.migrator.test.MigrationFolder;
import dev.migrator.test.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

@EmbeddedDatabaseTest
class VerifierTests {

	@TempDir
	Path directory;

	MigrationFolder folder;

	@BeforeEach
	void baseSchema() {
		this.folder = new MigrationFolder(this.directory).pair("000001_create_orders",
				"CREATE TYPE mood AS ENUM ('ok', 'good');\n"
						+ "CREATE TABLE orders (id bigint PRIMARY KEY, status text DEFAULT 'new', mood mood);\n"
						+ "CREATE FUNCTION order_total(bigint) RETURNS numeric LANGUAGE sql AS $$ SELECT 1::numeric $$;",
				"DROP FUNCTION order_total(bigint);\nDROP TABLE orders;\nDROP TYPE mood;");
	}

	@Test
	void passesWhenEveryDownReversesItsUp(TestDatabase db) {
		this.folder.pair("000002_index_status", "CREATE INDEX orders_status_idx ON orders (status);",
				"DROP INDEX orders_status_idx;");
		VerifyReport report = verify(db, VerifyOptions.DEFAULTS);
		assertThat(report.passed()).isTrue();
		assertThat(report.results()).extracting(VerifyReport.Result::outcome)
			.containsExactly(VerifyReport.Outcome.PASSED, VerifyReport.Outcome.PASSED);
		assertThat(report.checked()).isEqualTo(2);
		assertThat(report.passedCount()).isEqualTo(2);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			forgets an index | CREATE INDEX orders_status_idx ON orders (status); | SELECT 1; \
			| index public.orders_status_idx exists after down but not before up \
			(CREATE INDEX orders_status_idx ON public.orders USING btree (status))
			leaves a column | ALTER TABLE orders ADD COLUMN note text; | SELECT 1; \
			| column public.orders.note exists after down but not before up (text)
			changes a default | ALTER TABLE orders ALTER COLUMN status SET DEFAULT 'open'; \
			| ALTER TABLE orders ALTER COLUMN status SET DEFAULT 'fresh'; \
			| column public.orders.status differs: before up 'text default 'new'::text', after down 'text default 'fresh'::text'
			leaves an enum value | ALTER TYPE mood ADD VALUE 'great'; | SELECT 1; \
			| enum public.mood differs: before up ''ok', 'good'', after down ''ok', 'good', 'great''
			leaves a function body | "CREATE OR REPLACE FUNCTION order_total(bigint) RETURNS numeric LANGUAGE sql AS $$ SELECT 2::numeric $$;" \
			| SELECT 1; | function public.order_total(bigint) differs: before up 'AS $function$ SELECT 1::numeric $function$' (line 4)
			keeps a table behind a no-op down | CREATE TABLE notes (id bigint); | -- intentionally irreversible \
			| table public.notes exists after down but not before up (1 column)
			keeps a column behind an empty down | ALTER TABLE orders ADD COLUMN note text; | "" \
			| column public.orders.note exists after down but not before up (text)
			""")
	void downThatDoesNotReverseItsUpIsAFailureWithTheDifference(String name, String up, String down,
			String difference, TestDatabase db) {
		this.folder.pair("000002_change", up, down);
		VerifyReport report = verify(db, VerifyOptions.DEFAULTS);
		assertThat(report.passed()).isFalse();
		assertThat(report.failures()).singleElement().satisfies((failure) -> {
			assertThat(failure.version()).isEqualTo(2);
			assertThat(failure.description()).isEqualTo("change");
			assertThat(failure.differences().get(0)).startsWith(difference);
		});
	}

	@Test
	void migrationsWithoutStatementsReverseThemselves(TestDatabase db) {
		this.folder.pair("000002_nothing", "-- no-op\n", "-- no-op\n")
			.pair("000003_nothing_either", "", "/* nothing to undo */\n;\n")
			.pair("000004_nothing_outside", "-- migrator:no-transaction\n", "-- migrator:no-transaction\n-- no-op\n")
			.pair("000005_nothing_wrapped", "BEGIN;\nCOMMIT;\n", "BEGIN;\nCOMMIT;\n");
		VerifyReport report = verify(db, VerifyOptions.DEFAULTS);
		assertThat(report.results()).extracting(VerifyReport.Result::outcome)
			.containsOnly(VerifyReport.Outcome.PASSED)
			.hasSize(5);
		assertThat(report.passed()).isTrue();
	}

	@Test
	void reportsEveryBrokenDownWithItsVersion(TestDatabase db) {
		this.folder.pair("000002_index_status", "CREATE INDEX orders_status_idx ON orders (status);", "SELECT 1;")
			.pair("000003_add_total", "ALTER TABLE orders ADD COLUMN total numeric;",
					"ALTER TABLE orders DROP COLUMN total;")
			.pair("000004_add_note", "ALTER TABLE orders ADD COLUMN note text;", "SELECT 1;")
			.pair("000005_add_paid", "ALTER TABLE orders ADD COLUMN paid boolean;", "ALTER TABLE orders DROP COLUMN paid;");
		VerifyReport report = verify(db, VerifyOptions.DEFAULTS);
		assertThat(report.checked()).isEqualTo(5);
		assertThat(report.passedCount()).isEqualTo(3);
		assertThat(report.failures()).extracting(VerifyReport.Result::version).containsExactly(2L, 4L);
		assertThat(report.failures().get(0).differences()).containsExactly("index public.orders_status_idx exists after"
				+ " down but not before up (CREATE INDEX orders_status_idx ON public.orders USING btree (status))",
				"up again failed: " + this.folder.directory().resolve("000002_index_status.up.sql")
						+ ":1:1: ERROR 42P07: relation \"orders_status_idx\" already exists");
		assertThat(report.failures().get(1).differences())
			.containsExactly("column public.orders.note exists after down but not before up (text)", "up again failed: "
					+ this.folder.directory().resolve("000004_add_note.up.sql")
					+ ":1:1: ERROR 42701: column \"note\" of relation \"orders\" already exists");
	}

	@Test
	void downThatFailsIsAFailureWithFileLineAndSqlStateAndVerifyGoesOn(TestDatabase db) {
		this.folder.pair("000002_add_note", "ALTER TABLE orders ADD COLUMN note text;",
				"-- drops the wrong column\nALTER TABLE orders DROP COLUMN notes;")
			.pair("000003_add_paid", "ALTER TABLE orders ADD COLUMN paid boolean;", "ALTER TABLE orders DROP COLUMN paid;")
			.pair("000004_index_paid", "CREATE INDEX orders_paid_idx ON orders (paid);", "SELECT 1;");
		VerifyReport report = verify(db, VerifyOptions.DEFAULTS);
		assertThat(report.results()).extracting(VerifyReport.Result::outcome)
			.containsExactly(VerifyReport.Outcome.PASSED, VerifyReport.Outcome.FAILED, VerifyReport.Outcome.PASSED,
					VerifyReport.Outcome.FAILED);
		assertThat(report.failures().get(0).differences()).containsExactly("down failed: "
				+ this.folder.directory().resolve("000002_add_note.down.sql")
				+ ":2:1: ERROR 42703: column \"notes\" of relation \"orders\" does not exist");
	}

	@Test
	void nonTransactionalDownThatFailsHalfwayLeavesNothingForTheNextCheck(TestDatabase db) {
		this.folder.pair("000002_add_note", "ALTER TABLE orders ADD COLUMN note text;",
				"-- migrator:no-transaction\nALTER TABLE orders DROP COLUMN note;\nALTER TABLE orders DROP COLUMN notes;")
			.pair("000003_index_note", "CREATE INDEX orders_note_idx ON orders (note);", "DROP INDEX orders_note_idx;");
		VerifyReport report = verify(db, VerifyOptions.DEFAULTS);
		assertThat(report.results()).extracting(VerifyReport.Result::outcome)
			.containsExactly(VerifyReport.Outcome.PASSED, VerifyReport.Outcome.FAILED, VerifyReport.Outcome.PASSED);
		assertThat(report.failures().get(0).differences().get(0)).startsWith("down failed: ")
			.endsWith(":3:1: ERROR 42703: column \"notes\" of relation \"orders\" does not exist");
	}

	@Test
	void columnReAddedAtTheEndPassesUnlessColumnOrderIsStrict(TestDatabase db) {
		this.folder.pair("000002_drop_status", "ALTER TABLE orders DROP COLUMN status;",
				"ALTER TABLE orders ADD COLUMN status text DEFAULT 'new';")
			.pair("000003_add_note", "ALTER TABLE orders ADD COLUMN note text;", "ALTER TABLE orders DROP COLUMN note;");
		assertThat(verify(db, VerifyOptions.DEFAULTS).passed()).isTrue();
		VerifyReport strict = verify(db, new VerifyOptions(null, null, true));
		assertThat(strict.checked()).isEqualTo(3);
		assertThat(strict.failures()).singleElement().satisfies((failure) -> {
			assertThat(failure.version()).isEqualTo(2);
			assertThat(failure.differences()).containsExactly("column order public.orders differs:"
					+ " before up 'id, status, mood', after down 'id, mood, status'");
		});
	}

	@Test
	void fromAndToBoundWhatIsChecked(TestDatabase db) {
		this.folder.pair("000002_add_note", "ALTER TABLE orders ADD COLUMN note text;", "SELECT 1;")
			.pair("000003_add_paid", "ALTER TABLE orders ADD COLUMN paid boolean;", "ALTER TABLE orders DROP COLUMN paid;")
			.pair("000004_index_paid", "CREATE INDEX orders_paid_idx ON orders (paid);", "DROP INDEX orders_paid_idx;")
			.pair("000005_add_total", "ALTER TABLE orders ADD COLUMN total numeric;", "SELECT 1;");
		VerifyReport between = verify(db, new VerifyOptions(3L, 4L, false));
		assertThat(between.passed()).isTrue();
		assertThat(between.checked()).isEqualTo(2);
		assertThat(between.results()).extracting(VerifyReport.Result::version).containsExactly(3L, 4L);
		assertThat(verify(db, new VerifyOptions(3L, null, false)).failures()).extracting(VerifyReport.Result::version)
			.containsExactly(5L);
		assertThat(verify(db, new VerifyOptions(null, 3L, false)).failures()).extracting(VerifyReport.Result::version)
			.containsExactly(2L);
	}

	@Test
	void rangeWithoutMigrationsIsRefused(TestDatabase db) {
		assertThatExceptionOfType(NothingToVerifyException.class)
			.isThrownBy(() -> verify(db, new VerifyOptions(7L, 9L, false)))
			.satisfies((ex) -> assertThat(ex.from()).isEqualTo(7L))
			.satisfies((ex) -> assertThat(ex.to()).isEqualTo(9L))
			.withMessage("No migration to verify from 7 to 9: the versions run from 1 to 1");
		assertThatIllegalArgumentException().isThrownBy(() -> new VerifyOptions(9L, 7L, false))
			.withMessage("--from 9 is above --to 7");
	}

	@Test
	void upThatFailsEndsVerifyWithAFailure(TestDatabase db) {
		this.folder.pair("000002_add_note", "ALTER TABLE order ADD COLUMN note text;", "SELECT 1;")
			.pair("000003_add_paid", "ALTER TABLE orders ADD COLUMN paid boolean;", "ALTER TABLE orders DROP COLUMN paid;");
		VerifyReport report = verify(db, VerifyOptions.DEFAULTS);
		assertThat(report.checked()).isEqualTo(2);
		assertThat(report.failures()).singleElement()
			.satisfies((failure) -> assertThat(failure.differences().get(0)).startsWith("up failed: ")
				.contains("ERROR 42601")
				.endsWith("; the migrations after it were not checked"));
	}

	@Test
	void upThatIsNotRepeatableAfterItsDownIsAFailure(TestDatabase db) {
		// the down restores the schema but keeps the seeded row, so the up cannot run again
		this.folder.pair("000002_seed_order", "ALTER TABLE orders ADD COLUMN code text;\n"
				+ "INSERT INTO orders (id, code) VALUES (1, 'seed');", "ALTER TABLE orders DROP COLUMN code;");
		VerifyReport report = verify(db, VerifyOptions.DEFAULTS);
		assertThat(report.passed()).isFalse();
		assertThat(report.failures()).singleElement().satisfies((failure) -> {
			assertThat(failure.version()).isEqualTo(2);
			assertThat(failure.differences()).containsExactly("up again failed: "
					+ this.folder.directory().resolve("000002_seed_order.up.sql")
					+ ":2:1: ERROR 23505: duplicate key value violates unique constraint \"orders_pkey\""
					+ " (detail: Key (id)=(1) already exists.)");
		});
	}

	@Test
	void migrationWithoutDownIsSkippedNotFailed(TestDatabase db) {
		this.folder.up("000002_irreversible", "ALTER TABLE orders ADD COLUMN legacy text;");
		VerifyReport report = verify(db, VerifyOptions.DEFAULTS);
		assertThat(report.passed()).isTrue();
		assertThat(report.results().get(1).outcome()).isEqualTo(VerifyReport.Outcome.SKIPPED);
		assertThat(report.checked()).isEqualTo(1);
	}

	@Test
	void runsOnItsScratchDatabaseOnly(TestDatabase db) throws Exception {
		try (ScratchDatabase scratch = ScratchDatabase.on(db.url(), db.user(), db.password())) {
			MigratorConfig real = MigratorConfig.builder().dataSource(db.dataSource()).locations(this.folder.location()).build();
			assertThatIllegalArgumentException().isThrownBy(() -> new Verifier(scratch, real, VerifyOptions.DEFAULTS))
				.withMessageContaining("scratch database only");
		}
	}

	private VerifyReport verify(TestDatabase db, VerifyOptions options) {
		try (ScratchDatabase scratch = ScratchDatabase.on(db.url(), db.user(), db.password())) {
			return new Verifier(scratch,
					MigratorConfig.builder().dataSource(scratch.dataSource()).locations(this.folder.location()).build(),
					options)
				.verify();
		}
		catch (RuntimeException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
