package dev.migrator.sql;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import dev.migrator.SqlSyntaxException;
import dev.migrator.test.EmbeddedDatabaseTest;
import dev.migrator.test.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * The facts the parser finds once and a run, validate, lint and plans all go by: of a file
 * (its wrapper, its no-transaction directive, the transaction rules it breaks) and of each
 * statement (transaction control, refused in a transaction, lock level, returns rows), the
 * statement facts held against what PostgreSQL does.
 */
@EmbeddedDatabaseTest
class ScriptFactsTests {

	static Stream<Arguments> files() {
		return Stream.of(arguments("wrapper", "BEGIN;\nCREATE TABLE a (id int);\nCOMMIT;",
				"wrapped noTransaction=false statements=1 []"),
				arguments("START TRANSACTION and END wrap too", "START TRANSACTION;\nSELECT 1;\nEND;",
						"wrapped noTransaction=false statements=1 []"),
				arguments("no wrapper", "CREATE TABLE a (id int);\nCREATE TABLE b (id int);",
						"unwrapped noTransaction=false statements=2 []"),
				arguments("directive", "-- migrator:no-transaction\nCREATE INDEX CONCURRENTLY i ON t (a);\nVACUUM t;",
						"unwrapped noTransaction=true statements=2 []"),
				arguments("directive after the first statement", "SELECT 1;\n-- migrator:no-transaction\nVACUUM t;",
						"unwrapped noTransaction=false statements=2 [REFUSED_IN_TRANSACTION@3:1]"),
				arguments("concurrently in a transaction", "CREATE TABLE t (a int);\n  CREATE INDEX CONCURRENTLY i ON t (a);",
						"unwrapped noTransaction=false statements=2 [REFUSED_IN_TRANSACTION@2:3]"),
				arguments("concurrently inside the wrapper", "BEGIN;\nDROP INDEX CONCURRENTLY i;\nCOMMIT;",
						"wrapped noTransaction=false statements=1 [REFUSED_IN_TRANSACTION@2:1]"),
				arguments("stray COMMIT", "CREATE TABLE a (id int);\nCOMMIT;\nCREATE TABLE b (id int);",
						"unwrapped noTransaction=false statements=3 [TRANSACTION_CONTROL@2:1]"),
				arguments("BEGIN that opens no wrapper", "BEGIN;\nCREATE TABLE a (id int);",
						"unwrapped noTransaction=false statements=2 [TRANSACTION_CONTROL@1:1]"),
				arguments("COMMIT PREPARED closes no wrapper", "BEGIN;\nSELECT 1;\nCOMMIT PREPARED 'x';",
						"unwrapped noTransaction=false statements=3 [TRANSACTION_CONTROL@1:1, TRANSACTION_CONTROL@3:1]"),
				arguments("SAVEPOINT inside the wrapper", "BEGIN;\nSAVEPOINT s;\nSELECT 1;\nCOMMIT;",
						"wrapped noTransaction=false statements=2 [TRANSACTION_CONTROL@2:1]"),
				arguments("transaction control in a no-transaction file", "-- migrator:no-transaction\nVACUUM t;\nEND;",
						"unwrapped noTransaction=true statements=2 [TRANSACTION_CONTROL@3:1]"),
				arguments("VACUUM", "VACUUM t;", "unwrapped noTransaction=false statements=1 [REFUSED_IN_TRANSACTION@1:1]"),
				arguments("ALTER TYPE ADD VALUE runs in a transaction", "ALTER TYPE mood ADD VALUE 'great';",
						"unwrapped noTransaction=false statements=1 []"),
				arguments("wrapper and directive", "-- migrator:no-transaction\nBEGIN;\nVACUUM t;\nCOMMIT;",
						"wrapped noTransaction=true statements=1 [WRAPPED_AND_NO_TRANSACTION@2:1]"),
				arguments("every violation, in file order", "SAVEPOINT a;\nVACUUM t;\nROLLBACK;",
						"unwrapped noTransaction=false statements=3"
								+ " [TRANSACTION_CONTROL@1:1, REFUSED_IN_TRANSACTION@2:1, TRANSACTION_CONTROL@3:1]"),
				arguments("comments only, with the directive", "-- migrator:no-transaction\n-- nothing yet\n",
						"unwrapped noTransaction=true statements=0 []"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("files")
	void fileFactsAreTheSameHeldAndStreamed(String name, String content, String facts) {
		SqlScript held = SqlScriptParser.read("f.sql", content);
		assertThat(describe(held)).isEqualTo(facts);
		assertThat(describe(SqlScriptParser.read("f.sql", new StringReader(content), 0))).isEqualTo(facts);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("files")
	void parseRefusesTheFirstViolationAtItsLine(String name, String content, String facts) {
		List<TransactionViolation> violations = SqlScriptParser.read("f.sql", content).violations();
		if (violations.isEmpty()) {
			assertThat(SqlScriptParser.parse("f.sql", content).violations()).isEmpty();
			return;
		}
		assertThatExceptionOfType(SqlSyntaxException.class).isThrownBy(() -> SqlScriptParser.parse("f.sql", content))
			.satisfies((ex) -> assertThat(List.of(ex.line(), ex.column(), ex.problem()))
				.containsExactly(violations.get(0).line(), violations.get(0).column(), violations.get(0).problem()));
	}

	/**
	 * Each statement on a database holding a table {@code t} (with an index {@code i} and a
	 * NOT VALID check {@code c}), a table {@code u}, an enum {@code mood}, a materialized view
	 * {@code v}, a trigger function {@code f} and a prepared statement {@code p}. The last column names the relation whose
	 * strongest lock, taken inside a transaction, is the lock level; empty where it cannot be
	 * seen that way.
	 */
	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', nullValues = "-", textBlock = """
			CREATE INDEX j ON t (b)                                           | false | SHARE                                  | false | t
			CREATE UNIQUE INDEX j ON t (b)                                    | false | SHARE                                  | false | t
			CREATE INDEX CONCURRENTLY j ON t (b)                              | true  | SHARE UPDATE EXCLUSIVE                 | false | -
			DROP INDEX i                                                      | false | ACCESS EXCLUSIVE                       | false | t
			DROP INDEX CONCURRENTLY i                                         | true  | SHARE UPDATE EXCLUSIVE                 | false | -
			REINDEX INDEX i                                                   | false | ACCESS EXCLUSIVE                       | false | i
			ALTER TABLE t ADD COLUMN n int                                    | false | ACCESS EXCLUSIVE                       | false | t
			ALTER TABLE t ALTER COLUMN a SET NOT NULL                         | false | ACCESS EXCLUSIVE                       | false | t
			ALTER TABLE t VALIDATE CONSTRAINT c                               | false | SHARE UPDATE EXCLUSIVE                 | false | t
			ALTER TABLE t ADD CONSTRAINT t_u FOREIGN KEY (a) REFERENCES u (id) | false | SHARE ROW EXCLUSIVE                   | false | t
			ALTER TABLE t VALIDATE CONSTRAINT c, ADD COLUMN n int             | false | ACCESS EXCLUSIVE                       | false | t
			CREATE TRIGGER g BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION f() | false | SHARE ROW EXCLUSIVE                | false | t
			CREATE TABLE n (id int)                                           | false | -                                      | false | -
			CREATE TABLE n (u_id int REFERENCES u (id))                       | false | SHARE ROW EXCLUSIVE (referenced table) | false | u
			INSERT INTO t VALUES (1, 2)                                       | false | ROW EXCLUSIVE                          | false | t
			INSERT INTO t VALUES (1, 2) RETURNING a                           | false | ROW EXCLUSIVE                          | true  | t
			UPDATE t SET b = 1 -- returning nothing                           | false | ROW EXCLUSIVE                          | false | t
			DELETE FROM t                                                     | false | ROW EXCLUSIVE                          | false | t
			SELECT 1                                                          | false | -                                      | true  | -
			WITH n AS (SELECT 1) SELECT * FROM n                              | false | -                                      | true  | -
			VACUUM t                                                          | true  | SHARE UPDATE EXCLUSIVE                 | false | -
			VACUUM FULL t                                                     | true  | ACCESS EXCLUSIVE                       | false | -
			REFRESH MATERIALIZED VIEW v                                       | false | ACCESS EXCLUSIVE                       | false | v
			REFRESH MATERIALIZED VIEW CONCURRENTLY v                          | false | EXCLUSIVE                              | false | v
			TRUNCATE t                                                        | false | ACCESS EXCLUSIVE                       | false | t
			LOCK TABLE t                                                      | false | ACCESS EXCLUSIVE                       | false | t
			CLUSTER t USING i                                                 | false | ACCESS EXCLUSIVE                       | false | t
			CLUSTER                                                           | true  | ACCESS EXCLUSIVE                       | false | -
			ANALYZE t                                                         | false | SHARE UPDATE EXCLUSIVE                 | false | t
			COMMENT ON TABLE t IS 'returning'                                 | false | SHARE UPDATE EXCLUSIVE                 | false | t
			ALTER TYPE mood ADD VALUE 'great'                                 | false | -                                      | false | -
			PREPARE q AS SELECT 1                                             | false | -                                      | false | -
			EXECUTE p                                                         | false | -                                      | true  | -
			""")
	void statementFactsAreWhatPostgresDoes(String sql, boolean refusedInTransaction, String lockLevel,
			boolean returnsRows, String lockedRelation, TestDatabase db) throws SQLException {
		StatementFacts facts = new SqlStatementReader("f.sql", new StringReader(sql)).next().facts();
		assertThat(facts).isEqualTo(new StatementFacts(false, false, false, refusedInTransaction, lockLevel, returnsRows));
		try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
			statement.execute("CREATE TABLE t (a int, b int); CREATE TABLE u (id int PRIMARY KEY);"
					+ " ALTER TABLE t ADD CONSTRAINT c CHECK (a > 0) NOT VALID; CREATE INDEX i ON t (a);"
					+ " CREATE TYPE mood AS ENUM ('ok'); CREATE MATERIALIZED VIEW v AS SELECT a FROM t;"
					+ " CREATE UNIQUE INDEX v_a ON v (a);"
					+ " CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$;"
					+ " PREPARE p AS SELECT 1;");
			String relation = (lockedRelation != null) ? oid(statement, lockedRelation) : null;
			connection.setAutoCommit(false);
			if (refusedInTransaction) {
				assertThatExceptionOfType(SQLException.class).isThrownBy(() -> statement.execute(sql))
					.satisfies((ex) -> assertThat(ex.getSQLState()).isEqualTo("25001"));
				connection.rollback();
				connection.setAutoCommit(true);
			}
			assertThat(statement.execute(sql)).isEqualTo(returnsRows);
			if (relation != null) {
				assertThat(strongestLock(statement, relation)).isEqualTo(pgLockMode(lockLevel));
			}
		}
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			DO $$ BEGIN PERFORM 1; COMMIT; END $$                 | true
			DO LANGUAGE plpgsql $b$ BEGIN ROLLBACK; END $b$       | true
			DO $$ BEGIN PERFORM 1; END $$                         | false
			DO $$ DECLARE committed int; BEGIN PERFORM 1; END $$  | false
			""")
	void aDoBlockThatCommitsIsRefusedInATransactionAndRunsOutsideOne(String sql, boolean commits, TestDatabase db)
			throws SQLException {
		StatementFacts facts = new SqlStatementReader("f.sql", new StringReader(sql)).next().facts();
		assertThat(facts.refusedInTransaction()).isEqualTo(commits);
		try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
			connection.setAutoCommit(false);
			if (commits) {
				assertThatExceptionOfType(SQLException.class).isThrownBy(() -> statement.execute(sql))
					.satisfies((ex) -> assertThat(ex.getSQLState()).isEqualTo("2D000"));
				connection.rollback();
				connection.setAutoCommit(true);
			}
			statement.execute(sql);
		}
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			BEGIN                 | true  | false
			begin work            | true  | false
			START TRANSACTION     | true  | false
			COMMIT                | false | true
			END                   | false | true
			COMMIT PREPARED 'x'   | false | false
			ROLLBACK              | false | false
			SAVEPOINT s           | false | false
			RELEASE SAVEPOINT s   | false | false
			PREPARE TRANSACTION 'x' | false | false
			""")
	void transactionControlIsKnownWithWhatMayOpenOrCloseAWrapper(String sql, boolean opens, boolean commits) {
		StatementFacts facts = new SqlStatementReader("f.sql", new StringReader(sql)).next().facts();
		assertThat(facts).isEqualTo(new StatementFacts(true, opens, commits, false, null, false));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Begin       | true
			bEgIn       | true
			BEGİN  | false
			""")
	void keywordsFoldOnlyAsciiLettersAsPostgresDoes(String word, boolean transactionControl) {
		StatementFacts facts = new SqlStatementReader("f.sql", new StringReader(word + ";")).next().facts();
		assertThat(facts.transactionControl()).isEqualTo(transactionControl);
	}

	private static String describe(SqlScript script) {
		String violations = script.violations()
			.stream()
			.map((violation) -> violation.kind() + "@" + violation.line() + ":" + violation.column())
			.collect(Collectors.joining(", ", "[", "]"));
		return (script.wrapped() ? "wrapped" : "unwrapped") + " noTransaction=" + script.noTransaction()
				+ " statements=" + script.statementCount() + " " + violations;
	}

	private static String oid(Statement statement, String relation) throws SQLException {
		try (ResultSet rows = statement.executeQuery("SELECT '" + relation + "'::regclass::oid")) {
			rows.next();
			return rows.getString(1);
		}
	}

	/** The strongest lock this session holds on the relation, by PostgreSQL's name for it. */
	private static String strongestLock(Statement statement, String relation) throws SQLException {
		List<String> order = List.of("AccessShareLock", "RowShareLock", "RowExclusiveLock", "ShareUpdateExclusiveLock",
				"ShareLock", "ShareRowExclusiveLock", "ExclusiveLock", "AccessExclusiveLock");
		List<String> held = new ArrayList<>();
		try (ResultSet rows = statement.executeQuery("SELECT mode FROM pg_locks WHERE pid = pg_backend_pid()"
				+ " AND locktype = 'relation' AND relation = " + relation)) {
			while (rows.next()) {
				held.add(rows.getString(1));
			}
		}
		return held.stream().max((a, b) -> Integer.compare(order.indexOf(a), order.indexOf(b))).orElse(null);
	}

	/** {@code SHARE ROW EXCLUSIVE (referenced table)} is PostgreSQL's {@code ShareRowExclusiveLock}. */
	private static String pgLockMode(String lockLevel) {
		String mode = lockLevel.replace(" (referenced table)", "").toLowerCase(Locale.ROOT);
		return Arrays.stream(mode.split(" "))
			.map((word) -> Character.toUpperCase(word.charAt(0)) + word.substring(1))
			.collect(Collectors.joining()) + "Lock";
	}

}
