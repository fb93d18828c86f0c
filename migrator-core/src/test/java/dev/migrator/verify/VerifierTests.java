package dev.migrator.verify;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.migrator.MigratorConfig;
import dev.migrator.test.EmbeddedDatabaseTest;
import dev.migrator.test.MigrationFolder;
import dev.migrator.test.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

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
		VerifyReport report = verify(db);
		assertThat(report.passed()).isTrue();
		assertThat(report.results()).extracting(VerifyReport.Result::outcome)
			.containsOnly(VerifyReport.Outcome.PASSED)
			.hasSize(2);
	}

	@Test
	void downThatForgetsAnIndex(TestDatabase db) {
		this.folder.pair("000002_index_status", "CREATE INDEX orders_status_idx ON orders (status);", "SELECT 1;");
		assertThat(verify(db).firstDifference()).isEqualTo("migration 2 (index_status): index public.orders_status_idx"
				+ " exists after down but not before up (CREATE INDEX orders_status_idx ON public.orders USING btree (status))");
	}

	@Test
	void downThatLeavesAColumn(TestDatabase db) {
		this.folder.pair("000002_add_note", "ALTER TABLE orders ADD COLUMN note text;", "SELECT 1;");
		assertThat(verify(db).firstDifference())
			.startsWith("migration 2 (add_note): column public.orders.note exists after down but not before up");
	}

	@Test
	void downThatChangesADefault(TestDatabase db) {
		this.folder.pair("000002_default_status", "ALTER TABLE orders ALTER COLUMN status SET DEFAULT 'open';",
				"ALTER TABLE orders ALTER COLUMN status SET DEFAULT 'fresh';");
		assertThat(verify(db).firstDifference()).startsWith("migration 2 (default_status): column public.orders.status"
				+ " differs: before up '#2 text default 'new'::text', after down '#2 text default 'fresh'::text'");
	}

	@Test
	void downThatLeavesAFunctionWithADifferentBody(TestDatabase db) {
		this.folder.pair("000002_better_total",
				"CREATE OR REPLACE FUNCTION order_total(bigint) RETURNS numeric LANGUAGE sql AS $$ SELECT 2::numeric $$;",
				"SELECT 1;");
		assertThat(verify(db).firstDifference())
			.startsWith("migration 2 (better_total): function public.order_total(bigint) differs: before up")
			.contains("SELECT 1::numeric")
			.contains("after down")
			.contains("SELECT 2::numeric");
	}

	@Test
	void downThatLeavesAnEnumValue(TestDatabase db) {
		this.folder.pair("000002_add_mood", "ALTER TYPE mood ADD VALUE 'great';", "SELECT 1;");
		assertThat(verify(db).firstDifference()).isEqualTo("migration 2 (add_mood): enum public.mood differs:"
				+ " before up ''ok', 'good'', after down ''ok', 'good', 'great''");
	}

	@Test
	void upThatIsNotRepeatableAfterItsDown(TestDatabase db) {
		this.folder.pair("000002_counter", "CREATE SEQUENCE IF NOT EXISTS counter START 5;",
				"DROP SEQUENCE counter;\nCREATE SEQUENCE counter_shadow;\nDROP SEQUENCE counter_shadow;");
		assertThat(verify(db).passed()).isTrue();
	}

	@Test
	void migrationWithoutDownIsSkippedNotFailed(TestDatabase db) {
		this.folder.up("000002_irreversible", "ALTER TABLE orders ADD COLUMN legacy text;");
		VerifyReport report = verify(db);
		assertThat(report.passed()).isTrue();
		assertThat(report.results().get(1).outcome()).isEqualTo(VerifyReport.Outcome.SKIPPED);
	}

	private VerifyReport verify(TestDatabase db) {
		return new Verifier(MigratorConfig.builder().dataSource(db.dataSource()).locations(this.folder.location()).build())
			.verify();
	}

}
