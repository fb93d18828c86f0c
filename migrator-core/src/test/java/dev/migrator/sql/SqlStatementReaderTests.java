package dev.migrator.sql;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.migrator.SqlSyntaxException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class SqlStatementReaderTests {

	private static final String DUMP = "COPY t (a, b) FROM stdin;\n1\tone; two\n2\t'quoted'\n\\.\nCOPY u FROM stdin;\n3\n\\.\nSELECT 1;\n";

	@Test
	void streamsCopyDataInsteadOfHoldingIt() throws IOException {
		SqlStatementReader reader = new SqlStatementReader("dump.sql", new StringReader(DUMP), true);
		assertThat(reader.hasNext()).isTrue();
		SqlStatement copy = reader.next();
		assertThat(copy.copyData()).isNull();
		assertThat(read(reader.copyData())).isEqualTo("1\tone; two\n2\t'quoted'\n");
		assertThat(reader.hasNext()).isTrue();
		assertThat(reader.next().sql()).isEqualTo("COPY u FROM stdin");
		assertThat(reader.hasNext()).isTrue();
		SqlStatement select = reader.next();
		assertThat(select.sql()).isEqualTo("SELECT 1");
		assertThat(select.line()).isEqualTo(8);
		assertThat(reader.copyData()).isNull();
		assertThat(reader.hasNext()).isFalse();
	}

	@Test
	void streamedCopyDataBetweenEmptyStatementsIsTheCopysOwn() throws IOException {
		SqlStatementReader reader = new SqlStatementReader("dump.sql",
				new StringReader(";\nCOPY t FROM stdin;\n1\n\\.\n;;\nSELECT 1;\n;"), true);
		assertThat(reader.next().line()).isEqualTo(2);
		assertThat(read(reader.copyData())).isEqualTo("1\n");
		SqlStatement select = reader.next();
		assertThat(select.sql()).isEqualTo("SELECT 1");
		assertThat(select.line()).isEqualTo(6);
		assertThat(reader.hasNext()).isFalse();
	}

	@Test
	void unterminatedStreamedCopyDataIsAnErrorWithTheCopyLine() {
		SqlStatementReader reader = new SqlStatementReader("dump.sql", new StringReader("SELECT 1;\nCOPY t FROM stdin;\n1\n"),
				true);
		reader.next();
		reader.next();
		assertThatExceptionOfType(SqlSyntaxException.class).isThrownBy(() -> read(reader.copyData()))
			.satisfies((ex) -> assertThat(ex.line()).isEqualTo(2))
			.withMessageContaining("not terminated by a line \\.");
	}

	@Test
	void parsedScriptsKeepNoCopyData() {
		SqlScript script = SqlScriptParser.parse("dump.sql", DUMP);
		assertThat(script.copyData()).isTrue();
		assertThat(script.statements()).extracting(SqlStatement::copyData).containsOnlyNulls();
		assertThat(script.statements()).extracting(SqlStatement::line).containsExactly(1, 5, 8);
	}

	@Test
	void statementsAcrossManyBufferFillsKeepTheirTextAndPosition() {
		StringBuilder file = new StringBuilder();
		String body = "x".repeat(3000);
		for (int i = 1; i <= 200; i++) {
			file.append("SELECT $f$ ").append(body).append("; $f$, 'it''s ").append(i).append("';\n");
		}
		SqlScript script = SqlScriptParser.parse("long.sql", file.toString());
		assertThat(script.statements()).hasSize(200);
		SqlStatement last = script.statements().get(199);
		assertThat(last.line()).isEqualTo(200);
		assertThat(last.sql()).isEqualTo("SELECT $f$ " + body + "; $f$, 'it''s 200'");
	}

	@Test
	void aDollarTagLongerThanTheFirstBufferIsOneToken() {
		String tag = "$" + "t".repeat(5000) + "$";
		String sql = "SELECT " + tag + "a; b" + tag + ";\nSELECT 2;";
		SqlScript script = SqlScriptParser.parse("tag.sql", sql);
		assertThat(script.statements()).extracting(SqlStatement::sql)
			.containsExactly("SELECT " + tag + "a; b" + tag, "SELECT 2");
		assertThat(script.statements().get(0).tokens()).extracting(Token::text)
			.containsExactly("SELECT", tag + "a; b" + tag);
	}

	/** Each case: the input, then per statement "line:column:text". */
	static Stream<Arguments> statements() {
		return Stream.of(
				arguments("simple statements", "SELECT 1;\nSELECT 2;", List.of("1:1:SELECT 1", "2:1:SELECT 2")),
				arguments("last statement without semicolon", "SELECT 1;\n  SELECT 2\n",
						List.of("1:1:SELECT 1", "2:3:SELECT 2")),
				arguments("comments before a statement belong to none", "-- header\n/* block */ SELECT 1;",
						List.of("2:13:SELECT 1")),
				arguments("untagged dollar quote", "CREATE FUNCTION f() RETURNS int AS $$ SELECT 1; $$ LANGUAGE sql;",
						List.of("1:1:CREATE FUNCTION f() RETURNS int AS $$ SELECT 1; $$ LANGUAGE sql")),
				arguments("tagged dollar quote with nested different tag",
						"DO $outer$\nBEGIN\n  EXECUTE $inner$ SELECT ';' $inner$;\nEND\n$outer$;\nSELECT 2;",
						List.of("1:1:DO $outer$\nBEGIN\n  EXECUTE $inner$ SELECT ';' $inner$;\nEND\n$outer$",
								"6:1:SELECT 2")),
				arguments("dollar inside identifiers and positional parameters are not quotes",
						"SELECT a$b, $1 FROM t$x;\nSELECT 2;", List.of("1:1:SELECT a$b, $1 FROM t$x", "2:1:SELECT 2")),
				arguments("E string with escaped quote", "SELECT E'it\\'s; fine';\nSELECT 2;",
						List.of("1:1:SELECT E'it\\'s; fine'", "2:1:SELECT 2")),
				arguments("standard string with doubled quote", "SELECT 'it''s; fine'; SELECT 2;",
						List.of("1:1:SELECT 'it''s; fine'", "1:23:SELECT 2")),
				arguments("quoted identifier containing a semicolon", "CREATE TABLE \"a;b\" (\"x\"\"y\" int);",
						List.of("1:1:CREATE TABLE \"a;b\" (\"x\"\"y\" int)")),
				arguments("nested block comments", "SELECT /* outer /* inner; */ still; */ 1;",
						List.of("1:1:SELECT /* outer /* inner; */ still; */ 1")),
				arguments("line comment with semicolon inside a statement", "SELECT 1 -- not; the end\n + 1;",
						List.of("1:1:SELECT 1 -- not; the end\n + 1")),
				arguments("BEGIN ATOMIC body",
						"CREATE FUNCTION f(a int) RETURNS int LANGUAGE sql\nBEGIN ATOMIC\n  SELECT CASE WHEN a > 0 THEN 1 ELSE 0 END;\n  SELECT 2;\nEND;\nSELECT 3;",
						List.of("1:1:CREATE FUNCTION f(a int) RETURNS int LANGUAGE sql\nBEGIN ATOMIC\n  SELECT CASE WHEN a > 0 THEN 1 ELSE 0 END;\n  SELECT 2;\nEND",
								"6:1:SELECT 3")),
				arguments("CASE END outside an atomic body", "SELECT CASE WHEN true THEN 1 END; SELECT 2;",
						List.of("1:1:SELECT CASE WHEN true THEN 1 END", "1:35:SELECT 2")),
				arguments("transaction wrapper statements", "BEGIN;\nSELECT 1;\nCOMMIT;",
						List.of("1:1:BEGIN", "2:1:SELECT 1", "3:1:COMMIT")),
				arguments("CRLF line endings", "SELECT 1;\r\nSELECT\r\n 2;", List.of("1:1:SELECT 1", "2:1:SELECT\r\n 2")),
				arguments("U& string and identifier", "SELECT U&'d;\\0061t', U&\"a;b\";",
						List.of("1:1:SELECT U&'d;\\0061t', U&\"a;b\"")),
				arguments("only comments", "-- nothing\n/* here */\n", List.of()),
				arguments("a rule's actions in parentheses are one statement",
						"CREATE RULE r AS ON INSERT TO t DO ALSO (SELECT 1;; SELECT 2;);\nSELECT 3;",
						List.of("1:1:CREATE RULE r AS ON INSERT TO t DO ALSO (SELECT 1;; SELECT 2;)", "2:1:SELECT 3")),
				arguments("a semicolon inside parentheses does not end the statement (PostgreSQL refuses the whole)",
						"SELECT (1; 2);\nSELECT 3;", List.of("1:1:SELECT (1; 2)", "2:1:SELECT 3")),
				arguments("begin atomic outside CREATE FUNCTION is a column and its alias",
						"SELECT begin atomic FROM t;\nSELECT 2;", List.of("1:1:SELECT begin atomic FROM t", "2:1:SELECT 2")),
				arguments("end and case after a dot or AS are names inside an atomic body",
						"CREATE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT t.end FROM t; SELECT 1 AS case; END;\nSELECT 2;",
						List.of("1:1:CREATE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT t.end FROM t; SELECT 1 AS case; END",
								"2:1:SELECT 2")),
				arguments("CREATE OR REPLACE PROCEDURE with an atomic body",
						"CREATE OR REPLACE PROCEDURE p() LANGUAGE sql BEGIN ATOMIC SELECT 1; END;\nSELECT 2;",
						List.of("1:1:CREATE OR REPLACE PROCEDURE p() LANGUAGE sql BEGIN ATOMIC SELECT 1; END", "2:1:SELECT 2")),
				arguments("$$ right after an identifier is part of it", "SELECT 1 AS a$$b;\nSELECT 2;",
						List.of("1:1:SELECT 1 AS a$$b", "2:1:SELECT 2")),
				arguments("COPY from a query over a table named stdin has no data lines",
						"COPY (SELECT * FROM stdin) TO STDOUT;\nSELECT 2;",
						List.of("1:1:COPY (SELECT * FROM stdin) TO STDOUT", "2:1:SELECT 2")));
	}

	/** Each case: empty statements next to one token kind, at the start, middle or end of a file. */
	static Stream<Arguments> emptyStatements() {
		return Stream.of(
				arguments("lone ; between two statements", "CREATE TABLE a(id int);\n;\nCREATE TABLE b(id int);",
						List.of("1:1:CREATE TABLE a(id int)", "3:1:CREATE TABLE b(id int)")),
				arguments(";; at the start", ";;SELECT 1;", List.of("1:3:SELECT 1")),
				arguments("; -- c at the end", "SELECT 1;\n; -- c\n", List.of("1:1:SELECT 1")),
				arguments("/* c */ ; in the middle", "SELECT 1; /* c */ ; SELECT 2", List.of("1:1:SELECT 1", "1:21:SELECT 2")),
				arguments("only empty statements", ";\n;; -- c\n/* c */ ;\n", List.of()),
				arguments("strings", "; SELECT 'a;b';;SELECT 'it''s';", List.of("1:3:SELECT 'a;b'", "1:17:SELECT 'it''s'")),
				arguments("E strings with \\' and \\\\", ";SELECT E'\\';';;\nSELECT E'\\\\';;",
						List.of("1:2:SELECT E'\\';'", "2:1:SELECT E'\\\\'")),
				arguments("U& string with UESCAPE", "SELECT 1;;SELECT U&'d!0061t;' UESCAPE '!';\n;",
						List.of("1:1:SELECT 1", "1:11:SELECT U&'d!0061t;' UESCAPE '!'")),
				arguments("untagged dollar quote", ";;SELECT $$a;b$$;;", List.of("1:3:SELECT $$a;b$$")),
				arguments("tagged dollar quote", ";\nDO $x$ BEGIN NULL; END $x$;\n;", List.of("2:1:DO $x$ BEGIN NULL; END $x$")),
				arguments("quoted identifiers", ";CREATE TABLE \"a;b\"(\"x\"\"y\" int);;",
						List.of("1:2:CREATE TABLE \"a;b\"(\"x\"\"y\" int)")),
				arguments("line comments", "; -- c;\nSELECT 1 -- ;\n;;", List.of("2:1:SELECT 1")),
				arguments("nested block comments", "/* a /* b; */ ; */;SELECT /* ; */ 1;/**/;",
						List.of("1:20:SELECT /* ; */ 1")),
				arguments("BEGIN ATOMIC body with CASE and an empty statement inside",
						";\nCREATE FUNCTION f(a int) RETURNS int LANGUAGE sql BEGIN ATOMIC ; SELECT CASE WHEN a > 0 THEN 1 END;; END;\n;SELECT 2;",
						List.of("2:1:CREATE FUNCTION f(a int) RETURNS int LANGUAGE sql BEGIN ATOMIC ; SELECT CASE WHEN a > 0 THEN 1 END;; END",
								"3:2:SELECT 2")),
				arguments("COPY data", "COPY t FROM stdin;\n1;\n\\.\n;\n;SELECT 1;",
						List.of("1:1:COPY t FROM stdin", "5:2:SELECT 1")),
				arguments("operators", ";SELECT 1 <-> 2, 3 ->> 'a';;SELECT 2-/* c */1;",
						List.of("1:2:SELECT 1 <-> 2, 3 ->> 'a'", "1:29:SELECT 2-/* c */1")),
				arguments("parameters", ";;PREPARE p AS SELECT $1;\n;EXECUTE p(1);",
						List.of("1:3:PREPARE p AS SELECT $1", "2:2:EXECUTE p(1)")),
				arguments("numbers", ";SELECT 1.5e-3, .5, 42;;SELECT 1;", List.of("1:2:SELECT 1.5e-3, .5, 42", "1:25:SELECT 1")),
				arguments("CRLF line endings", ";\r\n;\r\nSELECT 1;\r\n;", List.of("3:1:SELECT 1")));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("emptyStatements")
	void emptyStatementsAreSkippedAndEverythingAfterThemIsReturned(String name, String sql, List<String> expected) {
		splitsStatementsWithLineAndColumn(name, sql, expected);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("statements")
	void splitsStatementsWithLineAndColumn(String name, String sql, List<String> expected) {
		List<String> actual = readAll("test.sql", sql)
			.stream()
			.map((statement) -> statement.line() + ":" + statement.column() + ":" + statement.sql())
			.toList();
		assertThat(actual).containsExactlyElementsOf(expected);
	}

	@Test
	void copyFromStdinTakesItsDataLines() {
		String sql = "COPY accounts (name, email) FROM stdin;\nAcme; Inc\tops@acme.test\nO'Reilly\tx@y\n\\.\nSELECT 1;";
		List<SqlStatement> statements = readAll("dump.sql", sql);
		assertThat(statements).hasSize(2);
		assertThat(statements.get(0).sql()).isEqualTo("COPY accounts (name, email) FROM stdin");
		assertThat(statements.get(0).copyData()).isEqualTo("Acme; Inc\tops@acme.test\nO'Reilly\tx@y");
		assertThat(statements.get(1).line()).isEqualTo(5);
		assertThat(statements.get(1).copyData()).isNull();
	}

	static Stream<Arguments> errors() {
		return Stream.of(arguments("SELECT 1;\nSELECT 'open;", 2, 8, "unterminated string"),
				arguments("SELECT E'it\\';", 1, 8, "unterminated E'' string"),
				arguments("DO $body$ BEGIN NULL; END $bod$;", 1, 4, "unterminated dollar-quoted string starting with $body$"),
				arguments("SELECT \"open;", 1, 8, "unterminated quoted identifier"),
				arguments("SELECT 1;\n/* outer /* inner */\nSELECT 2;", 2, 1, "unterminated block comment"),
				arguments("SELECT 1;\n\\i other.sql\n", 2, 1, "psql meta-command \\i is not supported"),
				arguments("COPY t FROM stdin;\n1\t2\n", 1, 1, "not terminated by a line \\."));
	}

	@ParameterizedTest(name = "{3}")
	@MethodSource("errors")
	void reportsErrorsWithFileLineAndColumn(String sql, int line, int column, String problem) {
		assertThatExceptionOfType(SqlSyntaxException.class).isThrownBy(() -> readAll("bad.sql", sql))
			.satisfies((ex) -> {
				assertThat(ex.fileName()).isEqualTo("bad.sql");
				assertThat(ex.line()).isEqualTo(line);
				assertThat(ex.column()).isEqualTo(column);
				assertThat(ex.problem()).contains(problem);
				assertThat(ex.getMessage()).startsWith("bad.sql:" + line + ":" + column + ": ");
			});
	}

	@Test
	void tokensCarryFileCoordinates() {
		SqlStatement statement = readAll("t.sql", "\n  ALTER TABLE \"Orders\"\n    ADD COLUMN x int;").get(0);
		assertThat(statement.tokens()).extracting(Token::type, Token::text, Token::line, Token::column)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(TokenType.WORD, "ALTER", 2, 3),
					org.assertj.core.groups.Tuple.tuple(TokenType.WORD, "TABLE", 2, 9),
					org.assertj.core.groups.Tuple.tuple(TokenType.QUOTED_IDENTIFIER, "\"Orders\"", 2, 15),
					org.assertj.core.groups.Tuple.tuple(TokenType.WORD, "ADD", 3, 5),
					org.assertj.core.groups.Tuple.tuple(TokenType.WORD, "COLUMN", 3, 9),
					org.assertj.core.groups.Tuple.tuple(TokenType.WORD, "x", 3, 16),
					org.assertj.core.groups.Tuple.tuple(TokenType.WORD, "int", 3, 18));
	}

	/** Every statement of an in-memory file, as production reads files: through {@link SqlStatementReader}. */
	static List<SqlStatement> readAll(String fileName, String content) {
		List<SqlStatement> statements = new ArrayList<>();
		new SqlStatementReader(fileName, new StringReader(content)).forEachRemaining(statements::add);
		return statements;
	}

	private static String read(Reader reader) throws IOException {
		StringBuilder text = new StringBuilder();
		char[] buffer = new char[3];
		int read;
		while ((read = reader.read(buffer)) > 0) {
			text.append(buffer, 0, read);
		}
		return text.toString();
	}

}
