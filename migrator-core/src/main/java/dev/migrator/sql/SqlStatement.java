package dev.migrator.sql;

import java.util.List;

/**
 * One statement of a migration file, as the splitter found it.
 *
 * @param sql the statement's text, from its first token up to (not including) its
 * terminating semicolon
 * @param line the 1-based line of the statement's first token in the file
 * @param column the 1-based column of the statement's first token in the file
 * @param copyData for {@code COPY … FROM STDIN}, the inline data rows that followed the
 * statement (up to, not including, the {@code \.} terminator line), otherwise {@code null}
 * @param facts what the statement is, decided from its tokens when it was read
 */
public record SqlStatement(String sql, int line, int column, String copyData, StatementFacts facts) {

	/** A statement without COPY data, its facts decided from its text. */
	SqlStatement(String sql, int line, int column) {
		this(sql, line, column, null, StatementFacts.of(SqlLexer.tokenize(sql, line, column)));
	}

	/** The statement's tokens (comments left out), positioned in the file's coordinates. */
	public List<Token> tokens() {
		return SqlLexer.tokenize(this.sql, this.line, this.column);
	}

}
