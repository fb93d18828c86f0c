package dev.migrator.schema;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.migrator.test.EmbeddedDatabaseTest;
import dev.migrator.test.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

@EmbeddedDatabaseTest
class SchemaReaderTests {

	static final QualifiedName T = new QualifiedName("public", "t");

	static Stream<Arguments> objects() {
		return Stream.of(
				arguments("schema", "CREATE SCHEMA billing", new Namespace("billing")),
				arguments("extension", "CREATE EXTENSION citext", new Extension("citext", "public")),
				arguments("table", "CREATE TABLE t (id bigint)", new Table(T, false, null, null, null, false, false)),
				arguments("partitioned table", "CREATE TABLE t (at date) PARTITION BY RANGE (at)",
						new Table(T, false, "RANGE (at)", null, null, false, false)),
				arguments("partition", "CREATE TABLE p (at date) PARTITION BY RANGE (at);"
						+ " CREATE TABLE t PARTITION OF p FOR VALUES FROM ('2025-01-01') TO ('2026-01-01')",
						new Table(T, false, null, new QualifiedName("public", "p"),
								"FOR VALUES FROM ('2025-01-01') TO ('2026-01-01')", false, false)),
				arguments("unlogged table with row level security",
						"CREATE UNLOGGED TABLE t (k text); ALTER TABLE t ENABLE ROW LEVEL SECURITY",
						new Table(T, false, null, null, null, true, true)),
				arguments("column with type, not null and default",
						"CREATE TABLE t (name varchar(20) NOT NULL DEFAULT 'x')",
						new Column(T, "name", "character varying(20)", true, "'x'::character varying", null, null, null,
								null)),
				arguments("identity column", "CREATE TABLE t (id bigint GENERATED ALWAYS AS IDENTITY)",
						new Column(T, "id", "bigint", true, null, null, null, Column.Identity.ALWAYS, null)),
				arguments("generated column", "CREATE TABLE t (a int, b int GENERATED ALWAYS AS (a * 2) STORED)",
						new Column(T, "b", "integer", false, null, "(a * 2)", Column.Generated.STORED, null, null)),
				arguments("column with a collation", "CREATE TABLE t (name text COLLATE \"C\")",
						new Column(T, "name", "text", false, null, null, null, null, "C")),
				arguments("column order", "CREATE TABLE t (b int, a int, c int)",
						new ColumnOrder(T, List.of("b", "a", "c"))),
				arguments("primary key", "CREATE TABLE t (id bigint CONSTRAINT t_pkey PRIMARY KEY)",
						new Constraint(T, "t_pkey", Constraint.Type.PRIMARY_KEY, "PRIMARY KEY (id)", true)),
				arguments("unique constraint", "CREATE TABLE t (code text CONSTRAINT t_code_key UNIQUE)",
						new Constraint(T, "t_code_key", Constraint.Type.UNIQUE, "UNIQUE (code)", true)),
				arguments("foreign key not validated", "CREATE TABLE p (id bigint PRIMARY KEY); CREATE TABLE t (p_id bigint);"
						+ " ALTER TABLE t ADD CONSTRAINT t_p_fk FOREIGN KEY (p_id) REFERENCES p NOT VALID",
						new Constraint(T, "t_p_fk", Constraint.Type.FOREIGN_KEY,
								"FOREIGN KEY (p_id) REFERENCES p(id) NOT VALID", false)),
				arguments("check constraint", "CREATE TABLE t (n int CONSTRAINT t_n_check CHECK (n > 0))",
						new Constraint(T, "t_n_check", Constraint.Type.CHECK, "CHECK ((n > 0))", true)),
				arguments("exclusion constraint", "CREATE TABLE t (during tsrange, EXCLUDE USING gist (during WITH &&))",
						new Constraint(T, "t_during_excl", Constraint.Type.EXCLUSION, "EXCLUDE USING gist (during WITH &&)",
								true)),
				arguments("domain", "CREATE DOMAIN positive AS integer NOT NULL DEFAULT 1",
						new Domain(new QualifiedName("public", "positive"), "integer", true, "1")),
				arguments("domain constraint", "CREATE DOMAIN positive AS integer CONSTRAINT positive_check CHECK (VALUE > 0)",
						new DomainConstraint(new QualifiedName("public", "positive"), "positive_check", "CHECK ((VALUE > 0))",
								true)),
				arguments("partial unique index", "CREATE TABLE t (a int, b int); CREATE UNIQUE INDEX t_a_idx ON t (a) WHERE b > 0",
						new Index(new QualifiedName("public", "t_a_idx"), T,
								"CREATE UNIQUE INDEX t_a_idx ON public.t USING btree (a) WHERE (b > 0)", true, true, "btree")),
				arguments("gin index", "CREATE TABLE t (tags text[]); CREATE INDEX t_tags_idx ON t USING gin (tags)",
						new Index(new QualifiedName("public", "t_tags_idx"), T,
								"CREATE INDEX t_tags_idx ON public.t USING gin (tags)", false, false, "gin")),
				arguments("sequence", "CREATE SEQUENCE counter AS integer START 5 INCREMENT 2 CACHE 10 CYCLE",
						new Sequence(new QualifiedName("public", "counter"), "integer", 5, 2, 1, Integer.MAX_VALUE, 10, true,
								false, null)),
				arguments("sequence of a serial column", "CREATE TABLE t (id serial)",
						new Sequence(new QualifiedName("public", "t_id_seq"), "integer", 1, 1, 1, Integer.MAX_VALUE, 1, false,
								false, "public.t.id")),
				arguments("view", "CREATE VIEW t AS SELECT 1 AS one", new View(T, false, " SELECT 1 AS one;")),
				arguments("materialized view", "CREATE MATERIALIZED VIEW t AS SELECT 1 AS one",
						new View(T, true, " SELECT 1 AS one;")),
				arguments("function", "CREATE FUNCTION f(a bigint, b text) RETURNS numeric LANGUAGE sql AS $$ SELECT 1::numeric $$",
						new Routine(new QualifiedName("public", "f"), "a bigint, b text", Routine.Kind.FUNCTION,
								"CREATE OR REPLACE FUNCTION public.f(a bigint, b text)\n RETURNS numeric\n LANGUAGE sql\n"
										+ "AS $function$ SELECT 1::numeric $function$\n")),
				arguments("procedure", "CREATE PROCEDURE f() LANGUAGE sql AS $$ SELECT 1 $$",
						new Routine(new QualifiedName("public", "f"), "", Routine.Kind.PROCEDURE,
								"CREATE OR REPLACE PROCEDURE public.f()\n LANGUAGE sql\nAS $procedure$ SELECT 1 $procedure$\n")),
				arguments("aggregate", "CREATE AGGREGATE f(numeric) (sfunc = numeric_add, stype = numeric)",
						new Routine(new QualifiedName("public", "f"), "numeric", Routine.Kind.AGGREGATE, "numeric")),
				arguments("disabled trigger", "CREATE TABLE t (n int);"
						+ " CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;"
						+ " CREATE TRIGGER t_touch BEFORE UPDATE ON t FOR EACH ROW EXECUTE FUNCTION touch();"
						+ " ALTER TABLE t DISABLE TRIGGER t_touch",
						new Trigger(T, "t_touch", "CREATE TRIGGER t_touch BEFORE UPDATE ON public.t FOR EACH ROW"
								+ " EXECUTE FUNCTION touch()", Trigger.Firing.DISABLED)),
				arguments("enum in label order", "CREATE TYPE t AS ENUM ('ok', 'good'); ALTER TYPE t ADD VALUE 'meh' BEFORE 'good'",
						new EnumType(T, List.of("ok", "meh", "good"))),
				arguments("composite type", "CREATE TYPE t AS (a int, b text)", new CompositeType(T)),
				arguments("attribute of a composite type", "CREATE TYPE t AS (a int, b text)",
						new Column(T, "b", "text", false, null, null, null, null, null)),
				arguments("range type", "CREATE TYPE t AS RANGE (subtype = float8)",
						new RangeType(T, "double precision")),
				arguments("comment on a table", "CREATE TABLE t (n int); COMMENT ON TABLE t IS 'numbers'",
						new Comment("relation", "public.t", "numbers")),
				arguments("comment on a column", "CREATE TABLE t (n int); COMMENT ON COLUMN t.n IS 'a number'",
						new Comment("column", "public.t.n", "a number")),
				arguments("comment on a function", "CREATE FUNCTION f(int) RETURNS int LANGUAGE sql AS 'SELECT 1';"
						+ " COMMENT ON FUNCTION f(int) IS 'one'", new Comment("function", "public.f(integer)", "one")),
				arguments("comment on a type", "CREATE TYPE t AS ENUM ('a'); COMMENT ON TYPE t IS 'letters'",
						new Comment("type", "public.t", "letters")),
				arguments("policy", "CREATE TABLE t (owner text); CREATE POLICY own ON t FOR UPDATE USING (owner = current_user)",
						new Policy(T, "own", "UPDATE", true, "(owner = CURRENT_USER)", null)));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("objects")
	void readsEachKindOfObjectIntoItsRecord(String kind, String sql, SchemaObject expected, TestDatabase db)
			throws SQLException {
		db.execute(sql);
		assertThat(read(db).find(expected.key())).as(kind).contains(expected);
	}

	@Test
	void leavesOutTheExcludedTablesAndWhatBelongsToThem(TestDatabase db) throws SQLException {
		db.execute("CREATE TABLE schema_migrations (id serial PRIMARY KEY, note text);"
				+ " CREATE INDEX schema_migrations_note_idx ON schema_migrations (note);"
				+ " COMMENT ON TABLE schema_migrations IS 'history'");
		assertThat(read(db).objects().keySet()).noneMatch((key) -> key.contains("schema_migrations"));
	}

	@Test
	void anIndexOfAPartitionAttachedToItsParentsIndexIsTheParents(TestDatabase db) throws SQLException {
		db.execute("CREATE TABLE p (id bigint, at date, PRIMARY KEY (id, at)) PARTITION BY RANGE (at);"
				+ " CREATE TABLE p_2025 PARTITION OF p FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');"
				+ " CREATE INDEX p_2025_at_idx ON p_2025 (at)");
		try (Connection connection = db.connect()) {
			assertThat(Schema.read(connection, Set.of()).all(Index.class)).extracting(Index::identity)
				.containsExactlyInAnyOrder("public.p_pkey", "public.p_2025_at_idx");
		}
	}

	@Test
	void listsAnExtensionButNotTheObjectsItCreated(TestDatabase db) throws SQLException {
		db.execute("CREATE EXTENSION pgcrypto");
		Schema schema = read(db);
		assertThat(schema.find("extension pgcrypto")).isPresent();
		assertThat(schema.all(Routine.class)).isEmpty();
	}

	@Test
	void givesTheColumnsOfARelationInTheirOrder(TestDatabase db) throws SQLException {
		db.execute("CREATE TABLE t (b int, a int, c int)");
		assertThat(read(db).columnsOf(T)).extracting(Column::name).containsExactly("b", "a", "c");
	}

	private static Schema read(TestDatabase db) throws SQLException {
		try (Connection connection = db.connect()) {
			return Schema.read(connection, Set.of("schema_migrations"));
		}
	}

}
