package dev.migrator.sql;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;

import org.junit.jupiter.api.Test;

import dev.migrator.SqlSyntaxException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

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
