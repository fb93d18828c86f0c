package dev.migrator.sql;

import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.migrator.sql.SimpleQueryConnection.Answer;
import dev.migrator.test.EmbeddedDatabaseTest;
import dev.migrator.test.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Holds the splitter against PostgreSQL's own parser: a file sent whole as one simple
 * query runs as many statements as the splitter finds, and each statement the splitter
 * returns, sent alone, is exactly one statement that runs. Every file runs in a transaction
 * that is rolled back. The generated files take the seed properties of
 * {@link SqlStatementReaderGenerativeTests}.
 */
@EmbeddedDatabaseTest
class SqlStatementReaderAgreesWithPostgresTests {

	static Stream<Arguments> trickyFiles() {
		return Stream.of(arguments("lone ; between two statements", "CREATE TABLE a (id int);\n;\nCREATE TABLE b (id int);"),
				arguments("only empty statements", ";;\n; -- c\n/* c */ ;"),
				arguments("empty statements around statements", ";;SELECT 1;\n; -- c\n/* c */ ;SELECT 2;;"),
				arguments("a rule's actions in parentheses", "CREATE TABLE t (a int);\nCREATE RULE r AS ON INSERT TO t"
						+ " DO ALSO (SELECT 1;; SELECT ';';);\nSELECT 2;"),
				arguments("begin atomic as a column and its alias",
						"CREATE TABLE t (begin int);\nSELECT begin atomic FROM t;\nSELECT 2;"),
				arguments("end and case as names in an atomic body", "CREATE TABLE t (\"end\" int);\n"
						+ "CREATE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT t.end FROM t; SELECT 1 AS case; END;\n"
						+ "SELECT 2;"),
				arguments("atomic body with CASE and empty statements", "CREATE PROCEDURE p(a int) LANGUAGE sql"
						+ " BEGIN ATOMIC ; SELECT CASE WHEN a > 0 THEN 1 ELSE CASE WHEN a < 0 THEN 2 END END;; END;\n;"),
				arguments("E strings ending in backslashes", "SELECT E'\\\\';\nSELECT E'\\'';\nSELECT E'it''s \\\\'';'"),
				arguments("U& string with UESCAPE", "SELECT U&'d!0061t;' UESCAPE '!';\nSELECT U&'\\0061;';"),
				arguments("$$ inside identifiers and after parameters",
						"SELECT 1 AS a$$b, 2 AS c$d$;\nPREPARE q (text) AS SELECT $1||$$;$$;\nDEALLOCATE q;"),
				arguments("nested comments", "/* a /* b; */ ; */ SELECT /* ; /* ; */ */ 1;"),
				arguments("COPY from a query over a table named stdin",
						"CREATE TABLE stdin (a int);\nCOPY (SELECT * FROM stdin) TO STDOUT;\nSELECT 1;"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("trickyFiles")
	void trickyFilesSplitWherePostgresSplitsThem(String name, String content, TestDatabase db) throws IOException {
		try (SimpleQueryConnection connection = new SimpleQueryConnection(db)) {
			assertAgrees(connection, content, name);
		}
	}

	@Test
	void generatedFilesSplitWherePostgresSplitsThem(TestDatabase db) throws IOException {
		try (SimpleQueryConnection connection = new SimpleQueryConnection(db)) {
			for (long seed : SqlStatementReaderGenerativeTests.seeds(100).toArray()) {
				String content = new SqlFileGenerator(seed).generate().content();
				assertAgrees(connection, content,
						"seed " + seed + " (rerun: -D" + SqlStatementReaderGenerativeTests.SEED + "=" + seed + ")");
			}
		}
	}

	private static void assertAgrees(SimpleQueryConnection connection, String content, String name) throws IOException {
		List<SqlStatement> statements = SqlStatementReaderTests.readAll("tricky.sql", content);
		connection.query("BEGIN");
		Answer whole = connection.query(content);
		connection.query("ROLLBACK");
		assertThat(whole.error()).as("%s: PostgreSQL runs the whole file:%n%s", name, content).isNull();
		assertThat(whole.commands()).as("%s: statements PostgreSQL ran, splitter found %s, in:%n%s", name,
				SqlStatementReaderGenerativeTests.positioned(statements), content).hasSameSizeAs(statements);
		connection.query("BEGIN");
		for (SqlStatement statement : statements) {
			Answer alone = connection.query(statement.sql());
			assertThat(alone.error()).as("%s: statement at %d:%d alone:%n%s", name, statement.line(), statement.column(),
					statement.sql()).isNull();
			assertThat(alone.commands()).as("%s: commands of the statement at %d:%d", name, statement.line(),
					statement.column()).hasSize(1);
		}
		connection.query("ROLLBACK");
	}

}
