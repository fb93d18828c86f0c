package dev.migrator.schema;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.migrator.test.EmbeddedDatabaseTest;
import dev.migrator.test.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

@EmbeddedDatabaseTest
class SchemaDiffTests {

	/** What both databases start from. */
	static final String BASE = """
			CREATE TYPE mood AS ENUM ('ok', 'good');
			CREATE TABLE orders (id bigint PRIMARY KEY, status text DEFAULT 'new', total numeric, owner text);
			ALTER TABLE orders ADD CONSTRAINT orders_owner_check CHECK (owner <> '') NOT VALID;
			CREATE INDEX orders_status_idx ON orders (status);
			CREATE SEQUENCE counter;
			CREATE VIEW open_orders AS SELECT id FROM orders WHERE status = 'new';
			CREATE FUNCTION order_total(bigint) RETURNS numeric LANGUAGE sql AS $$ SELECT 1::numeric $$;
			CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
			CREATE TRIGGER orders_touch BEFORE UPDATE ON orders FOR EACH ROW EXECUTE FUNCTION touch();
			COMMENT ON TABLE orders IS 'orders';
			""";

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			column type changed | ALTER TABLE orders ALTER total TYPE bigint | Changed column public.orders.total [type]
			default changed | ALTER TABLE orders ALTER status SET DEFAULT 'open' | \
			Changed column public.orders.status [defaultExpression]
			not null added | ALTER TABLE orders ALTER total SET NOT NULL | Changed column public.orders.total [notNull]
			column added | ALTER TABLE orders ADD COLUMN note text | Added column public.orders.note
			column removed | ALTER TABLE orders DROP COLUMN total | Removed column public.orders.total
			constraint added | ALTER TABLE orders ADD CONSTRAINT orders_total_check CHECK (total > 0) NOT VALID | \
			Added constraint public.orders.orders_total_check
			constraint validated | ALTER TABLE orders VALIDATE CONSTRAINT orders_owner_check | \
			Changed constraint public.orders.orders_owner_check [definition, validated]
			index changed | \
			DROP INDEX orders_status_idx; CREATE INDEX orders_status_idx ON orders (status) WHERE status <> 'done' | \
			Changed index public.orders_status_idx [definition, partial]
			index added | CREATE UNIQUE INDEX orders_owner_idx ON orders (owner) | Added index public.orders_owner_idx
			enum value added | ALTER TYPE mood ADD VALUE 'great' | Changed enum public.mood [labels]
			function body changed | \
			CREATE OR REPLACE FUNCTION order_total(bigint) RETURNS numeric LANGUAGE sql AS $$ SELECT 2::numeric $$ | \
			Changed function public.order_total(bigint) [definition]
			trigger added | \
			CREATE TRIGGER orders_stamp BEFORE INSERT ON orders FOR EACH ROW EXECUTE FUNCTION touch() | \
			Added trigger public.orders.orders_stamp
			trigger disabled | ALTER TABLE orders DISABLE TRIGGER orders_touch | \
			Changed trigger public.orders.orders_touch [firing]
			comment changed | COMMENT ON TABLE orders IS 'all orders' | Changed comment on relation public.orders [text]
			row level security enabled | ALTER TABLE orders ENABLE ROW LEVEL SECURITY | \
			Changed table public.orders [rowLevelSecurity]
			sequence changed | ALTER SEQUENCE counter INCREMENT 5 | Changed sequence public.counter [increment]
			view changed | CREATE OR REPLACE VIEW open_orders AS SELECT id FROM orders WHERE status = 'open' | \
			Changed view public.open_orders [query]
			policy added | CREATE POLICY own ON orders USING (owner = current_user) | Added policy public.orders.own
			table added | CREATE TABLE notes (id int) | Added column public.notes.id, Added table public.notes
			table removed | DROP VIEW open_orders; DROP TABLE orders | Removed column public.open_orders.id, \
			Removed column public.orders.id, Removed column public.orders.owner, \
			Removed column public.orders.status, Removed column public.orders.total, \
			Removed comment on relation public.orders, Removed constraint public.orders.orders_owner_check, \
			Removed constraint public.orders.orders_pkey, \
			Removed index public.orders_pkey, Removed index public.orders_status_idx, Removed table public.orders, \
			Removed trigger public.orders.orders_touch, Removed view public.open_orders
			""")
	void eachDifferenceIsATypedChangeOfTheObjectThatDiffers(String name, String change, String expected,
			TestDatabase before, TestDatabase after) throws SQLException {
		before.execute(BASE);
		after.execute(BASE + change);
		SchemaDiff diff = SchemaDiff.between(readIgnoringColumnOrder(before), readIgnoringColumnOrder(after));
		assertThat(diff.changes()).extracting(SchemaDiffTests::summary)
			.as(name)
			.containsExactly(expected.split(", (?=[A-Z])"));
	}

	@ParameterizedTest(name = "{0} vs {1}: same {2}")
	@CsvSource(delimiter = '|', textBlock = """
			timestamptz                    | timestamp(6) with time zone    | true
			timestamp                      | timestamp(6) without time zone | true
			time                           | time(6)                        | true
			interval                       | interval(6)                    | true
			timestamptz[]                  | timestamp(6) with time zone[]  | true
			timestamptz                    | timestamptz(3)                 | false
			time                           | time(0) with time zone         | false
			""")
	void microsecondPrecisionIsWhatNoPrecisionMeans(String declared, String other, boolean same, TestDatabase before,
			TestDatabase after) throws SQLException {
		before.execute("CREATE TABLE events (at " + declared + ")");
		after.execute("CREATE TABLE events (at " + other + ")");
		assertThat(SchemaDiff.between(read(before), read(after)).changes()).as(declared + " vs " + other)
			.hasSize(same ? 0 : 1);
	}

	@Test
	void databasesBuiltFromTheSameSqlHaveNoDifference(TestDatabase first, TestDatabase second) throws SQLException {
		String everything = BASE + """
				CREATE EXTENSION citext;
				CREATE SCHEMA billing;
				CREATE TABLE billing.invoices (id bigint GENERATED ALWAYS AS IDENTITY,
				    order_id bigint REFERENCES orders, at date NOT NULL, code citext,
				    net numeric CHECK (net >= 0), gross numeric GENERATED ALWAYS AS (net * 1.2) STORED,
				    PRIMARY KEY (id, at))
				    PARTITION BY RANGE (at);
				CREATE TABLE billing.invoices_2025 PARTITION OF billing.invoices
				    FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
				CREATE MATERIALIZED VIEW billing.totals AS SELECT order_id, sum(net) AS net FROM billing.invoices GROUP BY 1;
				CREATE DOMAIN positive AS numeric CHECK (VALUE > 0);
				CREATE TYPE pair AS (a int, b text);
				CREATE TYPE floatrange AS RANGE (subtype = float8);
				CREATE POLICY own ON orders USING (owner = current_user);
				COMMENT ON COLUMN orders.status IS 'where it is';
				""";
		first.execute(everything);
		second.execute(everything);
		Schema schema = read(first);
		assertThat(SchemaDiff.between(schema, read(second)).changes()).isEmpty();
		assertThat(schema.objects()).hasSizeGreaterThan(40);
	}

	@Test
	void columnOrderIsADifferenceOnlyWhenComparedStrictly(TestDatabase before, TestDatabase after) throws SQLException {
		before.execute("CREATE TABLE t (a int, b int)");
		after.execute("CREATE TABLE t (b int, a int)");
		assertThat(SchemaDiff.between(readIgnoringColumnOrder(before), readIgnoringColumnOrder(after)).isEmpty())
			.isTrue();
		SchemaDiff strict = SchemaDiff.between(read(before), read(after));
		assertThat(strict.changes()).extracting(SchemaDiffTests::summary)
			.containsExactly("Changed column order public.t [columns]");
		assertThat(strict.sentences("before", "after")).containsExactly("column order public.t differs: before 'a, b',"
				+ " after 'b, a'");
	}

	@Test
	void changesOnATableAreThoseOfItsOwnParts(TestDatabase before, TestDatabase after) throws SQLException {
		before.execute(BASE);
		after.execute(BASE + "ALTER TABLE orders ADD COLUMN note text; ALTER TYPE mood ADD VALUE 'great';"
				+ " CREATE INDEX orders_note_idx ON orders (note);");
		SchemaDiff diff = SchemaDiff.between(readIgnoringColumnOrder(before), readIgnoringColumnOrder(after));
		assertThat(diff.changes()).hasSize(3);
		assertThat(diff.changesOn(new QualifiedName("public", "orders"))).extracting(SchemaChange::key)
			.containsExactly("column public.orders.note", "index public.orders_note_idx");
	}

	@Test
	void sentencesNameTheObjectAndTheTwoMoments(TestDatabase before, TestDatabase after) throws SQLException {
		before.execute(BASE);
		after.execute(BASE + "ALTER TABLE orders ADD COLUMN note text; ALTER TABLE orders ALTER status SET DEFAULT 'open';"
				+ " DROP INDEX orders_status_idx;");
		assertThat(SchemaDiff.between(readIgnoringColumnOrder(before), readIgnoringColumnOrder(after))
			.sentences("before up", "after down")).containsExactly(
				"column public.orders.note exists after down but not before up (text)",
				"column public.orders.status differs: before up 'text default 'new'::text',"
						+ " after down 'text default 'open'::text'",
				"index public.orders_status_idx exists before up but not after down"
						+ " (CREATE INDEX orders_status_idx ON public.orders USING btree (status))");
	}

	@Test
	void aTableOnlyOneSideHasIsOneSentenceThatNamesItsParts(TestDatabase before, TestDatabase after)
			throws SQLException {
		before.execute(BASE + """
				CREATE TABLE old_notes (id int PRIMARY KEY, body text UNIQUE);
				CREATE VIEW old_bodies AS SELECT body FROM old_notes;
				COMMENT ON TABLE old_notes IS 'scribbles';
				""");
		after.execute(BASE + """
				CREATE TABLE comments (id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
					order_id bigint NOT NULL REFERENCES orders, number serial, body text CHECK (body <> ''));
				CREATE INDEX comments_order_id_idx ON comments (order_id);
				COMMENT ON COLUMN comments.body IS 'what was said';
				ALTER TABLE orders ADD COLUMN pinned boolean;
				""");
		List<String> sentences = SchemaDiff.between(readIgnoringColumnOrder(before), readIgnoringColumnOrder(after))
			.sentences("in the migrations", "in the desired schema");
		assertThat(sentences).hasSize(4).startsWith(
				"column public.orders.pinned exists in the desired schema but not in the migrations (boolean)",
				"table public.comments exists in the desired schema but not in the migrations (4 columns,"
						+ " primary key comments_pkey, foreign key comments_order_id_fkey, check comments_body_check,"
						+ " index comments_order_id_idx, sequence comments_number_seq)",
				"table public.old_notes exists in the migrations but not in the desired schema (2 columns,"
						+ " primary key old_notes_pkey, unique old_notes_body_key)");
		// a view's columns go with it
		assertThat(sentences.get(3)).startsWith("view public.old_bodies exists in the migrations but not in the"
				+ " desired schema (SELECT ");
	}

	@Test
	void aRenamedTableEqualsTheSameTableCreatedUnderItsNewName(TestDatabase renamed, TestDatabase created)
			throws SQLException {
		// PostgreSQL 18 names a NOT NULL constraint after the table and keeps the name through a rename
		renamed.execute("CREATE TABLE requests (id int NOT NULL); ALTER TABLE requests RENAME TO flows;");
		created.execute("CREATE TABLE flows (id int NOT NULL);");
		assertThat(SchemaDiff.between(readIgnoringColumnOrder(renamed), readIgnoringColumnOrder(created)).changes())
			.isEmpty();
	}

	/** "Changed column public.orders.status [type]", "Added index public.orders_owner_idx". */
	private static String summary(SchemaChange change) {
		String kind = change.getClass().getSimpleName() + " " + change.key();
		return (change instanceof SchemaChange.Changed changed) ? kind + " " + changed.differingFacts() : kind;
	}

	private static Schema read(TestDatabase db) throws SQLException {
		try (Connection connection = db.connect()) {
			return Schema.read(connection, Set.of());
		}
	}

	private static Schema readIgnoringColumnOrder(TestDatabase db) throws SQLException {
		return read(db).withoutColumnOrder();
	}

}
