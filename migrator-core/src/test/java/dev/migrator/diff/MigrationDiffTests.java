package dev.migrator.diff;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import dev.migrator.Migrator;
import dev.migrator.MigratorConfig;
import dev.migrator.generate.MigrationWriter;
import dev.migrator.generate.VersionScheme;
import dev.migrator.generate.WrittenMigration;
import dev.migrator.lint.Severity;
import dev.migrator.schema.Schema;
import dev.migrator.schema.SchemaDiff;
import dev.migrator.test.EmbeddedDatabaseTest;
import dev.migrator.test.MigrationFolder;
import dev.migrator.test.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

@EmbeddedDatabaseTest
class MigrationDiffTests {

	private static final String BASE = """
			CREATE TABLE customers (id bigint PRIMARY KEY, email text);
			CREATE TABLE orders (id bigint PRIMARY KEY, status varchar(20), customer_id bigint, total numeric);
			""";

	/** An enum with a view, a partial index, a check, a trigger and a BEGIN ATOMIC function that use its values. */
	private static final String ENUM_USERS = """
			CREATE TYPE mood AS ENUM (%s);
			ALTER TABLE orders ADD COLUMN mood mood NOT NULL DEFAULT 'ok' CONSTRAINT orders_mood_check CHECK (mood <> 'good');
			CREATE INDEX orders_good_idx ON orders (id) WHERE mood = 'good';
			CREATE VIEW moods AS SELECT id, mood FROM orders WHERE mood <> 'ok';
			CREATE VIEW mood_counts AS SELECT mood, count(*) FROM moods GROUP BY mood;
			COMMENT ON VIEW moods IS 'orders by mood';
			CREATE FUNCTION good_orders() RETURNS bigint LANGUAGE sql
				BEGIN ATOMIC SELECT count(*) FROM orders WHERE mood = 'good'; END;
			CREATE FUNCTION keep() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$;
			CREATE TRIGGER orders_keep BEFORE DELETE ON orders FOR EACH ROW WHEN (OLD.mood = 'good') EXECUTE FUNCTION keep();
			""";

	/** A view on orders.total, a view on that one, and comments that go with them. */
	private static final String VIEWS_ON_TOTAL = """
			CREATE VIEW order_totals AS SELECT id, total FROM orders;
			CREATE VIEW big_orders AS SELECT id FROM order_totals WHERE total > 100;
			CREATE VIEW order_ids AS SELECT id FROM orders;
			COMMENT ON VIEW order_totals IS 'totals';
			COMMENT ON COLUMN big_orders.id IS 'the order';
			""";

	@TempDir
	Path directory;

	MigrationFolder folder;

	@BeforeEach
	void folder() throws IOException {
		this.folder = new MigrationFolder(Files.createDirectories(this.directory.resolve("migrations")));
	}

	static Stream<Arguments> changes() {
		return Stream.of(
				change("a new table with its keys, check and index is created plainly", BASE, BASE + """
						CREATE TABLE notes (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
							order_id bigint NOT NULL REFERENCES orders, body text CHECK (body <> ''));
						CREATE INDEX notes_order_id_idx ON notes (order_id);
						""", "CREATE INDEX notes_order_id_idx ON public.notes USING btree (order_id);"),
				change("a table with a serial column gets its sequence first, owned by the column after", BASE,
						BASE + "CREATE TABLE tags (id serial PRIMARY KEY, name text);",
						"ALTER SEQUENCE public.tags_id_seq OWNED BY public.tags.id"),
				change("a new sequence is given to a column of an existing table", BASE,
						BASE + "CREATE SEQUENCE customer_numbers OWNED BY customers.id;",
						"ALTER SEQUENCE public.customer_numbers OWNED BY public.customers.id"),
				change("a sequence moves from one column to another", BASE
						+ "CREATE SEQUENCE numbers OWNED BY orders.id;", BASE
								+ "CREATE SEQUENCE numbers OWNED BY customers.id;",
						"ALTER SEQUENCE public.numbers OWNED BY NONE;\nALTER SEQUENCE public.numbers OWNED BY"
								+ " public.customers.id"),
				change("a column with a default is added", BASE,
						BASE + "ALTER TABLE orders ADD COLUMN note text DEFAULT 'none';",
						"ADD COLUMN note text DEFAULT 'none'::text"),
				change("an index on an existing table is built concurrently", BASE,
						BASE + "CREATE INDEX orders_status_idx ON orders (status);",
						"CREATE INDEX CONCURRENTLY orders_status_idx ON public.orders"),
				change("a unique partial expression index keeps its method and predicate", BASE,
						BASE + "CREATE UNIQUE INDEX orders_status_lower ON orders USING btree (lower(status))"
								+ " WHERE status IS NOT NULL;",
						"CREATE UNIQUE INDEX CONCURRENTLY orders_status_lower"),
				change("an index that goes is dropped concurrently", BASE
						+ "CREATE INDEX orders_status_idx ON orders (status);", BASE,
						"DROP INDEX CONCURRENTLY IF EXISTS public.orders_status_idx"),
				change("a foreign key on an existing table is added not valid, then validated", BASE,
						BASE + "ALTER TABLE orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id)"
								+ " REFERENCES customers (id);",
						"VALIDATE CONSTRAINT orders_customer_fk"),
				change("a check on an existing table is added not valid", BASE,
						BASE + "ALTER TABLE orders ADD CONSTRAINT orders_total_positive CHECK (total > 0);",
						"CHECK ((total > (0)::numeric)) NOT VALID"),
				change("a unique constraint on an existing table takes over an index built concurrently", BASE,
						BASE + "ALTER TABLE customers ADD CONSTRAINT customers_email_key UNIQUE (email);",
						"ADD CONSTRAINT customers_email_key UNIQUE USING INDEX customers_email_key"),
				change("a primary key on an existing table takes over an index built concurrently",
						"CREATE TABLE events (id bigint NOT NULL, name text);",
						"CREATE TABLE events (id bigint PRIMARY KEY, name text);",
						"ADD CONSTRAINT events_pkey PRIMARY KEY USING INDEX events_pkey"),
				change("not null on an existing column is proven by a validated check", BASE,
						BASE.replace("status varchar(20)", "status varchar(20) NOT NULL"),
						"CHECK (status IS NOT NULL) NOT VALID"),
				change("not null that goes is dropped", BASE.replace("total numeric", "total numeric NOT NULL"),
						BASE, "ALTER COLUMN total DROP NOT NULL"),
				change("a default changes", BASE, BASE.replace("total numeric", "total numeric DEFAULT 0"),
						"ALTER COLUMN total SET DEFAULT 0"),
				change("a varchar widens to text", BASE, BASE.replace("status varchar(20)", "status text"),
						"ALTER COLUMN status TYPE text"),
				change("an enum gains values in place, and its down builds it again",
						BASE + "CREATE TYPE mood AS ENUM ('ok', 'good');\n"
								+ "ALTER TABLE orders ADD COLUMN mood mood DEFAULT 'ok', ADD COLUMN moods mood[];",
						BASE + "CREATE TYPE mood AS ENUM ('meh', 'ok', 'great', 'good');\n"
								+ "ALTER TABLE orders ADD COLUMN mood mood DEFAULT 'great', ADD COLUMN moods mood[];",
						"ALTER TYPE public.mood ADD VALUE 'meh' BEFORE 'ok'"),
				change("an enum gains a value, and its down builds it again around what holds its values",
						BASE + ENUM_USERS.formatted("'ok', 'good'"), BASE + ENUM_USERS.formatted("'ok', 'fine', 'good'"),
						"ALTER TYPE public.mood ADD VALUE 'fine' AFTER 'ok'"),
				change("a type change that rewrites the table is generated, with a warning", BASE,
						BASE.replace("total numeric", "total numeric(12,2)"), "ALTER COLUMN total TYPE numeric(12,2)"),
				change("a type change under views drops them first and creates them again after, with their comments",
						BASE + VIEWS_ON_TOTAL, BASE.replace("total numeric", "total numeric(12,2)") + VIEWS_ON_TOTAL,
						"DROP VIEW public.big_orders;\nDROP VIEW public.order_totals;\nALTER TABLE public.orders"
								+ " ALTER COLUMN total TYPE numeric(12,2)"),
				change("an existing column becomes an identity", BASE,
						BASE.replace("customers (id bigint PRIMARY KEY", "customers (id bigint GENERATED BY DEFAULT"
								+ " AS IDENTITY PRIMARY KEY"),
						"ADD GENERATED BY DEFAULT AS IDENTITY"),
				change("a schema, an enum, a domain and a sequence are created", BASE, BASE + """
						CREATE SCHEMA billing;
						CREATE TYPE billing.state AS ENUM ('open', 'paid');
						CREATE DOMAIN billing.amount AS numeric(12,2) NOT NULL CONSTRAINT amount_positive CHECK (VALUE >= 0);
						CREATE SEQUENCE billing.invoice_numbers START 1000 INCREMENT 10;
						CREATE TABLE billing.invoices (id bigint PRIMARY KEY, state billing.state NOT NULL DEFAULT 'open',
							amount billing.amount, number bigint DEFAULT nextval('billing.invoice_numbers'));
						""", "CREATE TYPE billing.state AS ENUM ('open', 'paid')"),
				change("a view and a materialized view are created", BASE, BASE + """
						CREATE VIEW open_orders AS SELECT id, status FROM orders WHERE status = 'open';
						CREATE MATERIALIZED VIEW order_totals AS SELECT customer_id, sum(total) AS total FROM orders
							GROUP BY customer_id;
						CREATE INDEX order_totals_customer ON order_totals (customer_id);
						""", "CREATE INDEX order_totals_customer ON public.order_totals"),
				change("views are created after the views they select from", BASE, BASE + """
						CREATE VIEW b_orders AS SELECT id, status FROM orders;
						CREATE VIEW a_orders AS SELECT id FROM b_orders;
						""", "FROM orders;\nCREATE VIEW public.a_orders AS"),
				change("a changed materialized view is created again with its indexes",
						BASE + "CREATE MATERIALIZED VIEW totals AS SELECT customer_id, sum(total) AS total FROM orders"
								+ " GROUP BY customer_id;\nCREATE UNIQUE INDEX totals_customer ON totals (customer_id);",
						BASE + "CREATE MATERIALIZED VIEW totals AS SELECT customer_id, max(total) AS total FROM orders"
								+ " GROUP BY customer_id;\nCREATE UNIQUE INDEX totals_customer ON totals (customer_id);"
								+ "\nCREATE INDEX totals_total ON totals (total);",
						"CREATE INDEX totals_total ON public.totals"),
				change("a partitioned table with a key and a partition is created", BASE, BASE + """
						CREATE TABLE events (id bigint, at date, PRIMARY KEY (id, at)) PARTITION BY RANGE (at);
						CREATE TABLE events_2025 PARTITION OF events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
						""", "CREATE TABLE public.events_2025 PARTITION OF public.events FOR VALUES"),
				change("a changed view is replaced", BASE + "CREATE VIEW open_orders AS SELECT id FROM orders;",
						BASE + "CREATE VIEW open_orders AS SELECT id, status FROM orders;", "DROP VIEW public.open_orders"),
				change("a function and a procedure are created", BASE, BASE + """
						CREATE FUNCTION order_count() RETURNS bigint LANGUAGE sql AS $$ SELECT count(*) FROM orders $$;
						CREATE PROCEDURE close_orders() LANGUAGE sql AS $$ UPDATE orders SET status = 'closed' $$;
						""", "CREATE OR REPLACE PROCEDURE public.close_orders()"),
				change("a changed function body is replaced", BASE
						+ "CREATE FUNCTION answer() RETURNS int LANGUAGE sql AS $$ SELECT 41 $$;",
						BASE + "CREATE FUNCTION answer() RETURNS int LANGUAGE sql AS $$ SELECT 42 $$;", "SELECT 42"),
				change("a trigger with its function is created", BASE, BASE + """
						CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
						CREATE TRIGGER orders_touch BEFORE UPDATE ON orders FOR EACH ROW EXECUTE FUNCTION touch();
						ALTER TABLE orders DISABLE TRIGGER orders_touch;
						""", "CREATE TRIGGER orders_touch BEFORE UPDATE ON public.orders"),
				change("comments on a table, a column and a function are set and changed",
						BASE + "COMMENT ON TABLE orders IS 'old';", BASE + """
						COMMENT ON TABLE orders IS 'what was bought';
						COMMENT ON COLUMN orders.status IS 'it''s the state';
						""", "COMMENT ON COLUMN public.orders.status IS 'it''s the state'"),
				change("a new table whose check, index and trigger use new functions has its check inside", BASE,
						BASE + """
						CREATE FUNCTION sane(text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT $1 <> '' $$;
						CREATE FUNCTION stamp() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
						CREATE TABLE notes (body text CONSTRAINT notes_body_check CHECK (sane(body)));
						CREATE INDEX notes_sane_idx ON notes (sane(body));
						CREATE TRIGGER notes_stamp BEFORE UPDATE ON notes FOR EACH ROW EXECUTE FUNCTION stamp();
						""", "FUNCTION public.sane(text)@CONSTRAINT notes_body_check CHECK (sane(body))\n);"
								+ "@CREATE INDEX notes_sane_idx@CREATE TRIGGER notes_stamp"),
				change("a column default that calls a new function comes after it", BASE, BASE + """
						CREATE FUNCTION first_status() RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT 'new' $$;
						ALTER TABLE orders ADD COLUMN state text DEFAULT first_status();
						""", "SET LOCAL check_function_bodies = off;\nCREATE OR REPLACE FUNCTION public.first_status()"
								+ "@ADD COLUMN state text DEFAULT first_status()"),
				change("a new table whose check calls a new function has it inside", BASE, BASE + """
						CREATE FUNCTION positive(numeric) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT $1 > 0 $$;
						CREATE TABLE payments (amount numeric CONSTRAINT payments_amount_check CHECK (positive(amount)));
						""", "FUNCTION public.positive(numeric)@CREATE TABLE public.payments"
								+ "@CONSTRAINT payments_amount_check CHECK (positive(amount))\n);"),
				change("a new table with a generated column using a new immutable function comes after it", BASE,
						BASE + """
						CREATE FUNCTION cents(numeric) RETURNS bigint LANGUAGE sql IMMUTABLE AS $$ SELECT ($1 * 100)::bigint $$;
						CREATE TABLE prices (amount numeric, cents bigint GENERATED ALWAYS AS (cents(amount)) STORED);
						""", "FUNCTION public.cents(numeric)@CREATE TABLE public.prices"),
				change("an index on an expression using a new function comes after it", BASE, BASE + """
						CREATE FUNCTION folded(text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT lower($1) $$;
						CREATE TABLE labels (name text);
						CREATE INDEX labels_folded_idx ON labels (folded(name));
						""", "FUNCTION public.folded(text)@CREATE TABLE public.labels@CREATE INDEX labels_folded_idx"),
				change("functions whose plpgsql or sql body selects from a table of the same pair come before it", BASE,
						BASE + """
						CREATE TABLE invoices (id bigint, amount numeric);
						CREATE FUNCTION invoice_count() RETURNS bigint LANGUAGE plpgsql
							AS $$ BEGIN RETURN (SELECT count(*) FROM invoices); END $$;
						CREATE FUNCTION invoice_total() RETURNS numeric LANGUAGE sql AS $$ SELECT sum(amount) FROM invoices $$;
						""", "SET LOCAL check_function_bodies = off;@FUNCTION public.invoice_count()"
								+ "@FUNCTION public.invoice_total()@CREATE TABLE public.invoices"),
				change("a BEGIN ATOMIC function that selects from a new table comes after it", BASE, BASE + """
						CREATE TABLE refunds (id bigint);
						CREATE FUNCTION refund_count() RETURNS bigint LANGUAGE sql BEGIN ATOMIC SELECT count(*) FROM refunds; END;
						""", "CREATE TABLE public.refunds@FUNCTION public.refund_count()"),
				change("a function typed by a new table comes after it", BASE, BASE + """
						CREATE TABLE parcels (id bigint, kg numeric);
						CREATE FUNCTION heavy(p parcels) RETURNS boolean LANGUAGE sql AS $$ SELECT p.kg > 10 $$;
						""", "CREATE TABLE public.parcels@FUNCTION public.heavy("),
				change("a table with a reserved word and upper case in its names is quoted", BASE,
						BASE + "CREATE TABLE \"Order Lines\" (\"user\" text, \"Qty\" int);",
						"CREATE TABLE public.\"Order Lines\" (\n\t\"user\" text,\n\t\"Qty\" integer\n)"));
	}

	private static Arguments change(String name, String current, String desired, String expected) {
		return Arguments.of(name, current, desired, expected);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("changes")
	void generatedPairGivesTheDesiredSchemaAndItsDownTheCurrentOne(String name, String current, String desired,
			String expected, TestDatabase scratch, TestDatabase desiredScratch, TestDatabase replay) throws Exception {
		this.folder.pair("000001_base", current, "SELECT 1;");
		DiffReport report = diff(scratch, desiredScratch, DiffOptions.SAFE).write(DesiredSchema.sql(List.of(desiredFile(desired))),
				"change", writer());
		assertThat(report.plan().refusals()).isEmpty();
		assertThat(report.verifyFailures()).isEmpty();
		assertThat(report.findings()).filteredOn((finding) -> finding.severity() == Severity.ERROR)
			.allMatch((finding) -> report.plan().expectedLintRules().contains(finding.rule()));
		assertThat(report.written()).isNotEmpty();
		// each part of expected, in this order
		assertThat(upText(report)).containsSubsequence(expected.split("@"));
		Migrator migrator = new Migrator(config(replay));
		migrator.gotoVersion(1);
		Schema before = schema(replay);
		migrator.migrate();
		assertThat(SchemaDiff.between(schema(desiredScratch), schema(replay)).sentences("desired", "migrated"))
			.isEmpty();
		migrator.down(report.written().size());
		assertThat(SchemaDiff.between(before, schema(replay)).sentences("before", "after down")).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			index on an existing table \
			| CREATE INDEX t_a_idx ON t (a); | CREATE INDEX CONCURRENTLY t_a_idx | CREATE INDEX t_a_idx
			index on a new table \
			| CREATE TABLE n (a int); CREATE INDEX n_a_idx ON n (a); | CREATE INDEX n_a_idx | CONCURRENTLY
			foreign key on an existing table \
			| ALTER TABLE t ADD CONSTRAINT t_b_fk FOREIGN KEY (b) REFERENCES r (id); \
			| REFERENCES r(id) NOT VALID;@VALIDATE CONSTRAINT t_b_fk | REFERENCES r(id);
			foreign key on a new table \
			| CREATE TABLE n (b int CONSTRAINT n_b_fk REFERENCES r (id)); | REFERENCES r(id); | NOT VALID
			check on an existing table \
			| ALTER TABLE t ADD CONSTRAINT t_a_check CHECK (a > 0); | CHECK ((a > 0)) NOT VALID | CHECK ((a > 0));
			check on a new table | CREATE TABLE n (a int CHECK (a > 0)); | CONSTRAINT n_a_check CHECK ((a > 0)) | ADD CONSTRAINT
			not null on an existing column \
			| ALTER TABLE t ALTER COLUMN a SET NOT NULL; \
			| CHECK (a IS NOT NULL) NOT VALID;@VALIDATE CONSTRAINT t_a_not_null_check;@ALTER COLUMN a SET NOT NULL \
			| DROP NOT NULL
			not null on a new table | CREATE TABLE n (a int NOT NULL); | a integer NOT NULL | CHECK
			unique on an existing table \
			| ALTER TABLE t ADD CONSTRAINT t_a_key UNIQUE (a); \
			| CREATE UNIQUE INDEX CONCURRENTLY t_a_key@UNIQUE USING INDEX t_a_key | UNIQUE (a)
			unique on a new table | CREATE TABLE n (a int CONSTRAINT n_a_key UNIQUE); | CONSTRAINT n_a_key UNIQUE (a) | ADD CONSTRAINT
			""")
	void safePatternsOnExistingTablesAndPlainStatementsOnNewOnes(String name, String change, String expected,
			String absent, TestDatabase scratch, TestDatabase desiredScratch) throws IOException {
		String base = "CREATE TABLE r (id int PRIMARY KEY);\nCREATE TABLE t (a int, b int);\n";
		this.folder.pair("000001_base", base, "SELECT 1;");
		DdlPlan plan = diff(scratch, desiredScratch, DiffOptions.SAFE).compare(DesiredSchema.sql(List.of(desiredFile(base + change))))
			.plan();
		String up = plan.pairs().stream().map(DdlPair::up).collect(Collectors.joining("@"));
		assertThat(up).contains(expected.split("@")).doesNotContain(absent);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			a unique constraint replaced by a primary key \
			| CONSTRAINT vs_a_b_key UNIQUE (a, b) | CONSTRAINT vs_pkey PRIMARY KEY (b, a) \
			| ADD CONSTRAINT vs_pkey PRIMARY KEY USING INDEX vs_pkey;@DROP CONSTRAINT vs_a_b_key;
			a primary key replaced by another \
			| CONSTRAINT vs_old_pkey PRIMARY KEY (a) | CONSTRAINT vs_pkey PRIMARY KEY (a, b) \
			| DROP CONSTRAINT vs_old_pkey;@ADD CONSTRAINT vs_pkey PRIMARY KEY USING INDEX vs_pkey;
			a unique constraint replaced by another \
			| CONSTRAINT vs_a_key UNIQUE (a) | CONSTRAINT vs_a_b_key UNIQUE (a, b) \
			| ADD CONSTRAINT vs_a_b_key UNIQUE USING INDEX vs_a_b_key;@DROP CONSTRAINT vs_a_key;
			""")
	void aReplacedKeyIsDroppedInTheTransactionThatAttachesItsReplacement(String name, String before, String after,
			String validate, TestDatabase scratch, TestDatabase desiredScratch) throws IOException {
		String table = "CREATE TABLE vs (a int NOT NULL, b int NOT NULL, %s);\n";
		this.folder.pair("000001_base", table.formatted(before), "DROP TABLE vs;");
		DiffReport report = diff(scratch, desiredScratch, DiffOptions.SAFE)
			.write(DesiredSchema.sql(List.of(desiredFile(table.formatted(after)))), "rekey", writer());

		assertThat(report.verifyFailures()).as(name).isEmpty();
		assertThat(report.written()).extracting(WrittenMigration::version).containsExactly("000002", "000003");
		assertThat(Files.readString(report.written().get(0).up())).as(name)
			.startsWith("-- migrator:no-transaction\n")
			.doesNotContain("DROP CONSTRAINT");
		String[] inOrder = validate.split("@");
		String validateUp = Files.readString(report.written().get(1).up());
		assertThat(validateUp).as(name).contains(inOrder);
		assertThat(validateUp.indexOf(inOrder[0])).as(name).isLessThan(validateUp.indexOf(inOrder[1]));
	}

	@Test
	void pairsAreWrittenWithTheFolderNumberingAndTheConcurrentOneOutsideATransaction(TestDatabase scratch,
			TestDatabase desiredScratch) throws IOException {
		this.folder.pair("000001_base", BASE, "SELECT 1;");
		DiffReport report = diff(scratch, desiredScratch, DiffOptions.SAFE).write(DesiredSchema.sql(List.of(desiredFile(BASE + """
				CREATE INDEX orders_status_idx ON orders (status);
				ALTER TABLE orders ALTER COLUMN total SET NOT NULL;
				ALTER TABLE orders ADD COLUMN paid boolean;
				"""))), "orders_status", writer());
		assertThat(report.written()).extracting(WrittenMigration::version).containsExactly("000002", "000003", "000004");
		assertThat(report.written().get(0).up().getFileName()).hasToString("000002_orders_status.up.sql");
		assertThat(Files.readString(report.written().get(1).up())).startsWith("-- migrator:no-transaction\n")
			.contains("CREATE INDEX CONCURRENTLY");
		assertThat(report.written().get(2).up().getFileName()).hasToString("000004_orders_status_validate.up.sql");
		assertThat(Files.readString(report.written().get(2).up())).contains("VALIDATE CONSTRAINT",
				"ALTER COLUMN total SET NOT NULL");
		assertThat(Files.readString(report.written().get(0).down())).contains("DROP COLUMN paid");
	}

	@Test
	void dropsAreRefusedWithoutAllowDropAndNothingIsWritten(TestDatabase scratch, TestDatabase desiredScratch)
			throws IOException {
		this.folder.pair("000001_base", BASE + "CREATE TABLE notes (id bigint);", "SELECT 1;");
		DiffReport report = diff(scratch, desiredScratch, DiffOptions.SAFE)
			.write(DesiredSchema.sql(List.of(desiredFile(BASE.replace(", total numeric", "")))), "drop_things", writer());
		assertThat(report.plan().refusals()).extracting(Refusal::toString).containsExactly(
				"column public.orders.total would be dropped, and its data with it: pass --allow-drop to drop it",
				"table public.notes would be dropped, and its data with it: pass --allow-drop to drop it");
		assertThat(report.written()).isEmpty();
		assertThat(report.upToDate()).isFalse();
	}

	@Test
	void newTablesAreWrittenWithTheirKeysInsideAndADownThatDropsThemWhole(TestDatabase scratch,
			TestDatabase desiredScratch, TestDatabase replay) throws Exception {
		this.folder.pair("000001_base", BASE, "SELECT 1;");
		String desired = BASE + """
				CREATE TABLE notes (id bigint GENERATED BY DEFAULT AS IDENTITY, body text NOT NULL,
					CONSTRAINT notes_pkey PRIMARY KEY (id), CONSTRAINT notes_body_check CHECK (body <> ''));
				CREATE TABLE comments (created_at timestamptz NOT NULL DEFAULT now(),
					id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
					note_id bigint NOT NULL REFERENCES notes ON DELETE CASCADE, body text NOT NULL);
				CREATE INDEX comments_note_id_idx ON comments (note_id);
				COMMENT ON TABLE comments IS 'replies';
				CREATE TABLE tags (id serial PRIMARY KEY, name text UNIQUE);
				ALTER TABLE orders ADD COLUMN pinned boolean NOT NULL DEFAULT false;
				""";
		DiffReport report = diff(scratch, desiredScratch, DiffOptions.SAFE).write(DesiredSchema.sql(List.of(desiredFile(desired))),
				"new_tables", writer());
		assertThat(report.plan().refusals()).isEmpty();
		assertThat(report.verifyFailures()).isEmpty();
		assertThat(report.written()).hasSize(1);
		assertThat(Files.readString(report.written().get(0).up())).contains("""
				CREATE TABLE public.comments (
					created_at timestamp with time zone DEFAULT now() NOT NULL,
					id bigint NOT NULL GENERATED BY DEFAULT AS IDENTITY,
					note_id bigint NOT NULL,
					body text NOT NULL,
					CONSTRAINT comments_pkey PRIMARY KEY (id)
				);
				CREATE TABLE public.notes (
					id bigint NOT NULL GENERATED BY DEFAULT AS IDENTITY,
					body text NOT NULL,
					CONSTRAINT notes_pkey PRIMARY KEY (id),
					CONSTRAINT notes_body_check CHECK ((body <> ''::text))
				);
				""", "CONSTRAINT tags_name_key UNIQUE (name)\n);").doesNotContain("ADD CONSTRAINT comments_pkey");
		// the key between two new tables goes first: notes is dropped before comments
		assertThat(Files.readString(report.written().get(0).down())).isEqualTo("""
				-- generated by migrator diff
				ALTER TABLE public.comments DROP CONSTRAINT comments_note_id_fkey;
				ALTER TABLE public.orders DROP COLUMN pinned;
				DROP TABLE public.tags;
				DROP TABLE public.notes;
				DROP TABLE public.comments;
				""");
		Migrator migrator = new Migrator(config(replay));
		migrator.gotoVersion(1);
		Schema before = schema(replay);
		migrator.migrate();
		assertThat(SchemaDiff.between(schema(desiredScratch), schema(replay)).sentences("desired", "migrated")).isEmpty();
		migrator.down(1);
		assertThat(SchemaDiff.between(before, schema(replay)).sentences("before", "after down")).isEmpty();
	}

	@Test
	void dropsAskedForAreWrittenWithDownsThatPutEverythingBack(TestDatabase scratch, TestDatabase desiredScratch,
			TestDatabase replay) throws Exception {
		String current = BASE + """
				CREATE TABLE tags (id serial PRIMARY KEY, name text);
				CREATE TABLE notes (id bigint PRIMARY KEY, order_id bigint REFERENCES orders, body text NOT NULL);
				CREATE INDEX notes_order_idx ON notes (order_id);
				COMMENT ON TABLE notes IS 'scribbles';
				""";
		this.folder.pair("000001_base", current, "SELECT 1;");
		DiffReport report = diff(scratch, desiredScratch, new DiffOptions(true, List.of()))
			.write(DesiredSchema.sql(List.of(desiredFile(BASE.replace(", total numeric", "")))), "drop_things", writer());
		assertThat(report.verifyFailures()).isEmpty();
		assertThat(report.written()).hasSize(1);
		// a dropped table takes its key, index, comment and serial's sequence with it
		assertThat(Files.readString(report.written().get(0).up())).isEqualTo("""
				-- generated by migrator diff
				ALTER TABLE public.orders DROP COLUMN total;
				DROP TABLE public.notes;
				DROP TABLE public.tags;
				""");
		Migrator migrator = new Migrator(config(replay));
		migrator.gotoVersion(1);
		Schema before = schema(replay);
		migrator.migrate();
		migrator.down(1);
		assertThat(SchemaDiff.between(before, schema(replay)).sentences("before", "after down")).isEmpty();
	}

	@Test
	void droppedTablesGoWholeButKeysBetweenThemAndKeysOfTablesThatStayGoFirst(TestDatabase scratch,
			TestDatabase desiredScratch, TestDatabase replay) throws Exception {
		String current = BASE + """
				CREATE TABLE notes (id bigint PRIMARY KEY, body text CHECK (body <> ''));
				CREATE TABLE replies (id bigint PRIMARY KEY, note_id bigint REFERENCES notes, parent_id bigint REFERENCES replies);
				CREATE INDEX replies_note_id_idx ON replies (note_id);
				ALTER TABLE orders ADD COLUMN note_id bigint REFERENCES notes;
				CREATE FUNCTION stamp() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM 1 FROM replies; RETURN NEW; END $$;
				CREATE TRIGGER replies_stamp BEFORE UPDATE ON replies FOR EACH ROW EXECUTE FUNCTION stamp();
				CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
				CREATE TRIGGER replies_touch BEFORE UPDATE ON replies FOR EACH ROW EXECUTE FUNCTION touch();
				CREATE FUNCTION keep() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
				CREATE TRIGGER notes_keep BEFORE UPDATE ON notes FOR EACH ROW EXECUTE FUNCTION keep();
				COMMENT ON COLUMN notes.body IS 'what was noted';
				""";
		this.folder.pair("000001_base", current, "SELECT 1;");
		String desired = BASE + """
				ALTER TABLE orders ADD COLUMN note_id bigint;
				CREATE FUNCTION keep() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
				""";
		DiffReport report = diff(scratch, desiredScratch, new DiffOptions(true, List.of()))
			.write(DesiredSchema.sql(List.of(desiredFile(desired))), "drop_notes", writer());
		assertThat(report.verifyFailures()).isEmpty();
		assertThat(report.written()).hasSize(1);
		// stamp() names replies, so it is dropped before the tables, and its trigger before it; the
		// key of orders, which stays, and the key between the two dropped tables go first too
		assertThat(Files.readString(report.written().get(0).up())).isEqualTo("""
				-- generated by migrator diff
				DROP TRIGGER replies_stamp ON public.replies;
				ALTER TABLE public.orders DROP CONSTRAINT orders_note_id_fkey;
				ALTER TABLE public.replies DROP CONSTRAINT replies_note_id_fkey;
				DROP FUNCTION public.stamp();
				DROP TABLE public.notes;
				DROP TABLE public.replies;
				DROP FUNCTION public.touch();
				""");
		Migrator migrator = new Migrator(config(replay));
		migrator.gotoVersion(1);
		Schema before = schema(replay);
		migrator.migrate();
		migrator.down(1);
		assertThat(SchemaDiff.between(before, schema(replay)).sentences("before", "after down")).isEmpty();
	}

	@Test
	void aDropAndAnAddThatLookLikeARenameAreRefusedWithTheHint(TestDatabase scratch, TestDatabase desiredScratch)
			throws IOException {
		this.folder.pair("000001_base", BASE + "CREATE TABLE notes (body text);", "SELECT 1;");
		DiffReport report = diff(scratch, desiredScratch, DiffOptions.SAFE).compare(DesiredSchema.sql(List.of(desiredFile(
				BASE.replace("status varchar(20)", "state varchar(20)") + "CREATE TABLE remarks (body text);"))));
		assertThat(report.plan().refusals()).extracting(Refusal::toString).containsExactly(
				"column public.orders.status would be dropped, and its data with it: pass --allow-drop to drop it,"
						+ " or if it was renamed: --rename orders.status=state",
				"table public.notes would be dropped, and its data with it: pass --allow-drop to drop it,"
						+ " or if it was renamed: --rename notes=remarks");
	}

	@Test
	void renamesGivenAsHintsAreRenamesBothWays(TestDatabase scratch, TestDatabase desiredScratch, TestDatabase replay)
			throws Exception {
		String current = BASE + "CREATE TABLE notes (body text);\nCREATE INDEX orders_status_idx ON orders (status);";
		this.folder.pair("000001_base", current, "SELECT 1;");
		DiffOptions renames = new DiffOptions(false,
				List.of(Rename.parse("orders.status=state"), Rename.parse("notes=remarks")));
		DiffReport report = diff(scratch, desiredScratch, renames).write(DesiredSchema.sql(List.of(desiredFile(current
			.replace("status", "state").replace("orders_state_idx", "orders_status_idx").replace("notes", "remarks")))),
				"renames", writer());
		assertThat(report.plan().refusals()).isEmpty();
		assertThat(report.verifyFailures()).isEmpty();
		assertThat(report.written()).singleElement()
			.satisfies((written) -> assertThat(Files.readString(written.up())).isEqualTo("""
					-- generated by migrator diff
					ALTER TABLE public.orders RENAME COLUMN status TO state;
					ALTER TABLE public.notes RENAME TO remarks;
					"""));
		Migrator migrator = new Migrator(config(replay));
		migrator.gotoVersion(1);
		Schema before = schema(replay);
		migrator.migrate();
		assertThat(SchemaDiff.between(schema(desiredScratch), schema(replay)).sentences("desired", "migrated"))
			.isEmpty();
		migrator.down(1);
		assertThat(SchemaDiff.between(before, schema(replay)).sentences("before", "after down")).isEmpty();
	}

	@ParameterizedTest(name = "allow drop: {0}")
	@ValueSource(booleans = { true, false })
	void aRewritingTypeChangeWithExpandContractIsANewColumnABatchedBackfillAndASwap(boolean allowDrop,
			TestDatabase scratch, TestDatabase desiredScratch, TestDatabase replay) throws Exception {
		String current = BASE.replace("total numeric", "total numeric NOT NULL DEFAULT 0");
		this.folder.pair("000001_base", current, "SELECT 1;");
		DiffReport report = diff(scratch, desiredScratch, new DiffOptions(allowDrop, List.of(), true))
			.write(DesiredSchema.sql(List.of(desiredFile(current.replace("total numeric", "total numeric(12,2)")))),
					"total_cents", writer());
		assertThat(report.verifyFailures()).isEmpty();
		assertThat(report.plan().warnings()).isEmpty();
		assertThat(report.plan().refusals()).extracting(Refusal::subject)
			.containsExactlyElementsOf(allowDrop ? List.of() : List.of("column public.orders.total_old"));
		assertThat(report.written()).extracting((written) -> written.up().getFileName().toString()).containsExactly(
				"000002_total_cents_expand.up.sql", "000003_total_cents_backfill.up.sql",
				"000004_total_cents_contract.up.sql");
		assertThat(Files.readString(report.written().get(0).up())).contains(
				"ADD COLUMN total_new numeric(12,2);", "BEFORE INSERT OR UPDATE ON public.orders");
		assertThat(Files.readString(report.written().get(1).up())).startsWith("-- migrator:no-transaction\n")
			.contains("ctid >= pg_catalog.format('(%s,0)', page)::tid", "COMMIT;");
		assertThat(Files.readString(report.written().get(2).up())).contains("RENAME COLUMN total TO total_old",
				"RENAME COLUMN total_new TO total", allowDrop ? "DROP COLUMN total_old" : "DROP NOT NULL");
		Migrator migrator = new Migrator(config(replay));
		migrator.gotoVersion(1);
		// some 300 pages: the backfill's batches are 100 pages each
		replay.execute("INSERT INTO orders (id, total) SELECT g, g / 3.0 FROM generate_series(1, 40000) g");
		Schema before = schema(replay);
		migrator.up(2);
		replay.execute("INSERT INTO orders (id, total) VALUES (40001, 40001 / 3.0)");
		migrator.up(1);
		assertThat(replay.queryColumn("SELECT count(*) FROM orders WHERE total = round(id / 3.0, 2)"))
			.containsExactly("40001");
		List<String> left = SchemaDiff.between(schema(desiredScratch), schema(replay)).sentences("desired", "migrated");
		assertThat(left).isEqualTo(allowDrop ? List.of() : List.of("column public.orders.total_old exists migrated"
				+ " but not desired (numeric default 0)"));
		migrator.down(3);
		assertThat(SchemaDiff.between(before, schema(replay)).sentences("before", "after down")).isEmpty();
		assertThat(replay.queryColumn("SELECT count(*) FROM orders WHERE total IS NOT NULL")).containsExactly("40001");
	}

	@Test
	void aRewritingTypeChangeOfAnIndexedColumnIsMadeInPlaceEvenWithExpandContract(TestDatabase scratch,
			TestDatabase desiredScratch) throws IOException {
		String current = BASE + "CREATE INDEX orders_total_idx ON orders (total);";
		this.folder.pair("000001_base", current, "SELECT 1;");
		DdlPlan plan = diff(scratch, desiredScratch, new DiffOptions(true, List.of(), true))
			.compare(DesiredSchema.sql(List.of(desiredFile(current.replace("total numeric", "total numeric(12,2)")))))
			.plan();
		assertThat(plan.pairs()).extracting(DdlPair::phase).containsExactly(Phase.SCHEMA);
		assertThat(plan.pairs().get(0).up()).contains("ALTER COLUMN total TYPE numeric(12,2)");
		assertThat(plan.warnings()).anyMatch((warning) -> warning.contains("cannot be moved by --expand-contract"));
	}

	@Test
	void kindsItCannotPlanAreListedAsNotHandled(TestDatabase scratch, TestDatabase desiredScratch) throws IOException {
		this.folder.pair("000001_base", "CREATE TYPE mood AS ENUM ('ok', 'good');", "SELECT 1;");
		DiffReport report = diff(scratch, desiredScratch, DiffOptions.SAFE).compare(DesiredSchema.sql(List.of(desiredFile("""
				CREATE TYPE mood AS ENUM ('ok');
				CREATE TYPE pair AS (a int, b int);
				"""))));
		assertThat(report.plan().refusals()).extracting(Refusal::subject)
			.containsExactlyInAnyOrder("enum public.mood", "composite type public.pair");
		assertThat(report.plan().refusals()).extracting(Refusal::reason)
			.anyMatch((reason) -> reason.startsWith("loses or reorders values (ok, good to ok): PostgreSQL cannot"
					+ " remove an enum value"));
	}

	@Test
	void functionsBeforeTheTablesComeAfterASetLocalTheLintAcceptsAndAreDroppedAfterThem(TestDatabase scratch,
			TestDatabase desiredScratch) throws IOException {
		this.folder.pair("000001_base", BASE, "SELECT 1;");
		DiffReport report = diff(scratch, desiredScratch, DiffOptions.SAFE).write(DesiredSchema.sql(List.of(desiredFile(BASE + """
				CREATE FUNCTION positive(numeric) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT $1 > 0 $$;
				CREATE TABLE invoices (id bigint PRIMARY KEY, amount numeric CHECK (positive(amount)));
				CREATE FUNCTION invoice_total() RETURNS numeric LANGUAGE sql AS $$ SELECT sum(amount) FROM invoices $$;
				"""))), "invoices", writer());
		assertThat(report.verifyFailures()).isEmpty();
		assertThat(report.findings()).isEmpty();
		assertThat(report.written()).hasSize(1);
		assertThat(Files.readString(report.written().get(0).up()))
			.startsWith("-- generated by migrator diff\nSET LOCAL check_function_bodies = off;\nCREATE OR REPLACE FUNCTION");
		// the table goes first, with its check
		assertThat(Files.readString(report.written().get(0).down())).isEqualTo("""
				-- generated by migrator diff
				DROP TABLE public.invoices;
				DROP FUNCTION public.positive(numeric);
				DROP FUNCTION public.invoice_total();
				""");
	}

	@Test
	void pairThatFailsItsProofIsNotWrittenAndTheFailureIsShown(TestDatabase scratch, TestDatabase desiredScratch)
			throws IOException {
		this.folder.pair("000001_base", BASE, "SELECT 1;");
		// a BEGIN ATOMIC function comes after the columns, so a default that calls a new one fails
		DiffReport report = diff(scratch, desiredScratch, DiffOptions.SAFE).write(DesiredSchema.sql(List.of(desiredFile(BASE + """
				CREATE FUNCTION new_code() RETURNS text LANGUAGE sql BEGIN ATOMIC SELECT 'x'; END;
				ALTER TABLE orders ADD COLUMN code text DEFAULT new_code();
				"""))), "code", writer());
		assertThat(report.verifyFailures()).singleElement().asString().startsWith("up failed: ").contains("new_code()");
		assertThat(report.written()).isEmpty();
		assertThat(this.folder.directory().resolve("000002_code.up.sql")).doesNotExist();
	}

	@Test
	void migrationsThatGiveTheDesiredSchemaAreUpToDate(TestDatabase scratch, TestDatabase desiredScratch)
			throws IOException {
		this.folder.pair("000001_base", BASE, "SELECT 1;")
			.pair("000002_index", "CREATE INDEX orders_status_idx ON orders (status);", "DROP INDEX orders_status_idx;");
		DiffReport report = diff(scratch, desiredScratch, DiffOptions.SAFE)
			.compare(DesiredSchema.sql(List.of(desiredFile(BASE + "CREATE INDEX orders_status_idx ON orders (status);"))));
		assertThat(report.upToDate()).isTrue();
		assertThat(report.plan().isEmpty()).isTrue();
	}

	private MigrationDiff diff(TestDatabase scratch, TestDatabase desired, DiffOptions options) {
		return new MigrationDiff(config(scratch), desired.dataSource(), options);
	}

	private MigratorConfig config(TestDatabase database) {
		return MigratorConfig.builder().dataSource(database.dataSource()).locations(this.folder.location()).build();
	}

	private MigrationWriter writer() {
		return new MigrationWriter(this.folder.directory(), VersionScheme.AUTO, Clock.systemUTC());
	}

	private Path desiredFile(String sql) throws IOException {
		return Files.writeString(Files.createTempFile(this.directory, "desired", ".sql"), sql);
	}

	private static String upText(DiffReport report) {
		return report.written().stream().map((written) -> {
			try {
				return Files.readString(written.up());
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
		}).collect(Collectors.joining());
	}

	private static Schema schema(TestDatabase database) throws SQLException {
		try (Connection connection = database.connect()) {
			return Schema.read(connection, Set.of("schema_migrations", "schema_migrations_log")).withoutColumnOrder();
		}
	}

}
