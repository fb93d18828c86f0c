package dev.migrator.sql;

import java.io.StringReader;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.migrator.SqlSyntaxException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class SqlScriptParserTests {

	@Test
	void wrapperAroundTheWholeFileIsRemoved() {
		SqlScript script = SqlScriptParser.parse("w.sql", "BEGIN;\nCREATE TABLE a (id int);\nCOMMIT;\n");
		assertThat(script.wrapped()).isTrue();
		assertThat(script.statements()).extracting(SqlStatement::sql).containsExactly("CREATE TABLE a (id int)");
	}

	@Test
	void transactionControlMidFileIsRefusedWithItsLine() {
		assertThatExceptionOfType(SqlSyntaxException.class)
			.isThrownBy(() -> SqlScriptParser.parse("m.sql", "CREATE TABLE a (id int);\nCOMMIT;\nCREATE TABLE b (id int);"))
			.satisfies((ex) -> assertThat(ex.line()).isEqualTo(2))
			.withMessageContaining("transaction control (COMMIT) is not allowed mid-file");
	}

	@Test
	void concurrentIndexWithoutTheDirectiveNamesTheDirective() {
		assertThatExceptionOfType(SqlSyntaxException.class)
			.isThrownBy(() -> SqlScriptParser.parse("i.sql", "\nCREATE INDEX CONCURRENTLY i ON t (a);"))
			.satisfies((ex) -> assertThat(ex.line()).isEqualTo(2))
			.withMessageContaining("-- migrator:no-transaction");
	}

	@Test
	void noTransactionDirectiveInTheHeaderAllowsConcurrentIndexes() {
		SqlScript script = SqlScriptParser.parse("i.sql",
				"-- Adds an index.\n-- migrator:no-transaction\nCREATE INDEX CONCURRENTLY i ON t (a);\nVACUUM t;");
		assertThat(script.noTransaction()).isTrue();
		assertThat(script.statements()).hasSize(2);
	}

	@Test
	void noTransactionDirectiveAfterTheFirstStatementDoesNotCount() {
		assertThatExceptionOfType(SqlSyntaxException.class).isThrownBy(() -> SqlScriptParser.parse("i.sql",
				"SELECT 1;\n-- migrator:no-transaction\nCREATE INDEX CONCURRENTLY i ON t (a);"));
	}

	@Test
	void allowDirectivesAreKeptWithTheirLines() {
		SqlScript script = SqlScriptParser.parse("a.sql", "-- migrator:allow drop-table, drop-column\nDROP TABLE x;");
		assertThat(script.directives()).containsExactly(new Directive("allow", "drop-table, drop-column", 1));
	}

	@Test
	void wrappedFileWithNoTransactionDirectiveIsAContradiction() {
		assertThatExceptionOfType(SqlSyntaxException.class)
			.isThrownBy(() -> SqlScriptParser.parse("c.sql", "-- migrator:no-transaction\nBEGIN;\nSELECT 1;\nCOMMIT;"))
			.withMessageContaining("remove one of the two");
	}

	@Test
	void wrapperIsRecognisedWithEmptyStatementsAroundIt() {
		SqlScript script = SqlScriptParser.parse("w.sql", ";\nBEGIN;;\nCREATE TABLE a (id int);\n;\nCOMMIT;\n;");
		assertThat(script.wrapped()).isTrue();
		assertThat(script.statements()).extracting(SqlStatement::sql, SqlStatement::line)
			.containsExactly(Tuple.tuple("CREATE TABLE a (id int)", 3));
	}

	@Test
	void noTransactionDirectiveBeforeALeadingEmptyStatementStillCounts() {
		SqlScript script = SqlScriptParser.parse("i.sql",
				"-- migrator:no-transaction\n;\nCREATE INDEX CONCURRENTLY i ON t (a);\n;\nVACUUM t;");
		assertThat(script.noTransaction()).isTrue();
		assertThat(script.statements()).extracting(SqlStatement::line).containsExactly(3, 5);
	}

	@Test
	void copyDataNextToEmptyStatementsKeepsTheStatementsAfterIt() {
		SqlScript script = SqlScriptParser.parse("dump.sql",
				"COPY t FROM stdin;\n1\n\\.\n;\n;COPY u FROM stdin;\n2\n\\.\n;;SELECT 1;");
		assertThat(script.copyData()).isTrue();
		assertThat(script.statements()).extracting(SqlStatement::line, SqlStatement::column)
			.containsExactly(Tuple.tuple(1, 1), Tuple.tuple(5, 2),
					Tuple.tuple(8, 3));
	}

	@Test
	void aFileOfEmptyStatementsHasNoStatement() {
		assertThat(SqlScriptParser.parse("e.sql", ";\n;; -- nothing\n").statements()).isEmpty();
	}

	@Test
	void aFileOfCommentsOnlyKeepsItsNoTransactionDirective() {
		SqlScript script = SqlScriptParser.parse("n.sql", "-- migrator:no-transaction\n-- no-op\n;\n");
		assertThat(script.noTransaction()).isTrue();
		assertThat(script.statementCount()).isZero();
		assertThat(SqlScriptParser.parse("n.sql", "-- no-op\n").noTransaction()).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "BEGIN;\nSELECT 1;\nCOMMIT;", "BEGIN;\nCOMMIT;", "BEGIN;", "BEGIN;\nSELECT 1;",
			"COMMIT;", "SELECT 1;\nCOMMIT;", "SELECT 1;\nBEGIN;\nSELECT 2;\nCOMMIT;",
			"BEGIN;\nSAVEPOINT a;\nVACUUM t;\nCOMMIT;", "BEGIN;\nVACUUM t;\nROLLBACK;",
			"-- migrator:no-transaction\nBEGIN;\nVACUUM t;\nCOMMIT;", "-- migrator:no-transaction\nVACUUM t;\nEND;",
			"VACUUM t;\nSELECT 'open", "BEGIN;\nVACUUM t;\nCOMMIT;\nSELECT $a$", "COPY t FROM STDIN;\n1\n\\.\nCOMMIT;",
			"", "-- only a comment", "SELECT 1;\n\\i other.sql" })
	void checkRefusesExactlyWhatParseRefusesWithTheSameMessage(String sql) {
		String parseError = errorOf(() -> SqlScriptParser.parse("f.sql", sql));
		String checkError = errorOf(() -> SqlScriptParser.check("f.sql", new StringReader(sql)));
		assertThat(checkError).isEqualTo(parseError);
	}

	private static String errorOf(Runnable parsing) {
		try {
			parsing.run();
			return "accepted";
		}
		catch (SqlSyntaxException ex) {
			return ex.getMessage();
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "BEGIN;\nCREATE TABLE a (id int);\nCOMMIT;\n", "BEGIN;\nCOMMIT;",
			"CREATE TABLE a (id int);\nCOMMIT;\nCREATE TABLE b (id int);", "BEGIN;\nSELECT 1;\nCOMMIT;\nSELECT 2;",
			"BEGIN;\nSELECT 1;", "SELECT 1;\nCOMMIT;", "COMMIT;", "\nCREATE INDEX CONCURRENTLY i ON t (a);",
			"-- migrator:no-transaction\nBEGIN;\nSELECT 1;\nCOMMIT;",
			"-- migrator:no-transaction\nCREATE INDEX CONCURRENTLY i ON t (a);\nVACUUM t;",
			"COPY t FROM stdin;\n1\n\\.\nSELECT 2;", "-- migrator:allow drop-table\nDROP TABLE x;" })
	void aFileTooLargeToHoldIsCheckedAndDescribedLikeAHeldOne(String content) {
		String held = outcome(content, Long.MAX_VALUE);
		assertThat(outcome(content, 0)).isEqualTo(held.replace("held", "streamed"));
	}

	@Test
	void statementsAreHeldUpToTheLimit() {
		String content = "SELECT 1;\nSELECT 22;\n";
		assertThat(SqlScriptParser.parse("h.sql", new StringReader(content), 17).statements()).hasSize(2);
		SqlScript streamed = SqlScriptParser.parse("h.sql", new StringReader(content), 16);
		assertThat(streamed.streamed()).isTrue();
		assertThat(streamed.statements()).isEmpty();
		assertThat(streamed.statementCount()).isEqualTo(2);
	}

	/** What parsing with a hold limit gives: the error, or what the script says about itself. */
	private static String outcome(String content, long holdLimit) {
		try {
			SqlScript script = SqlScriptParser.parse("f.sql", new StringReader(content), holdLimit);
			assertThat(script.statements()).hasSize(script.streamed() ? 0 : script.statementCount());
			return (script.streamed() ? "streamed" : "held") + " " + script.statementCount() + " wrapped="
					+ script.wrapped() + " noTransaction=" + script.noTransaction() + " copyData=" + script.copyData()
					+ " " + script.directives();
		}
		catch (SqlSyntaxException ex) {
			return ex.getMessage();
		}
	}

}
