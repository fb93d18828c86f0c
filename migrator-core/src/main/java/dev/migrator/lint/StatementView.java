package dev.migrator.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.migrator.sql.SqlStatement;
import dev.migrator.sql.Token;
import dev.migrator.sql.Words;

/**
 * A statement as rules read it: its tokens with words folded to lower case and quoted
 * identifiers unquoted, and the shapes rules ask about (the table an ALTER TABLE targets and
 * its comma-separated actions, the columns of a CREATE TABLE, an index's table and columns).
 * It navigates the tokens through {@link Words}, as the statement facts do, so lint and the
 * lock levels read a statement the same way.
 */
public final class StatementView {

	private final SqlStatement statement;

	private final List<Token> tokens;

	private final Words words;

	/** Each token's text with words folded to lower case and quoted identifiers unquoted. */
	private final List<String> normalized;

	StatementView(SqlStatement statement) {
		this.statement = statement;
		this.tokens = statement.tokens();
		this.words = new Words(this.tokens);
		this.normalized = new ArrayList<>(this.tokens.size());
		for (Token token : this.tokens) {
			this.normalized.add(normalize(token));
		}
	}

	SqlStatement statement() {
		return this.statement;
	}

	public int line() {
		return this.statement.line();
	}

	public List<Token> tokens() {
		return this.tokens;
	}

	public String word(int index) {
		return (index < this.normalized.size()) ? this.normalized.get(index) : "";
	}

	/** Whether the statement begins with these words. */
	public boolean startsWith(String... keywords) {
		return this.words.startsWith(keywords);
	}

	public boolean matchesAt(int index, String... keywords) {
		return this.words.matchesAt(index, keywords);
	}

	public boolean isWord(int index, String keyword) {
		return this.words.isWord(index, keyword);
	}

	/** Whether the keyword appears anywhere as a word (not in a string or quoted name). */
	public boolean hasWord(String keyword) {
		return this.words.has(keyword);
	}

	/** Whether the words appear consecutively anywhere. */
	public boolean hasPhrase(String... keywords) {
		return this.words.hasPhrase(keywords);
	}

	public int indexOfWord(String keyword, int from, int to) {
		return this.words.indexOf(keyword, from, to);
	}

	/** Whether the keyword appears outside parentheses (e.g. a statement's own WHERE). */
	public boolean hasTopLevelWord(String keyword) {
		return this.words.hasTopLevel(keyword);
	}

	/** For {@code ALTER TABLE}, the table it changes, else {@code null}. */
	public String alteredTable() {
		int index = this.words.alteredTableIndex();
		return (index >= 0) ? nameAt(index) : null;
	}

	/** For {@code ALTER TABLE}, each comma-separated action as a range of token indexes. */
	public List<int[]> alterActions() {
		return this.words.alterActions();
	}

	/** For {@code CREATE TABLE}, the table it creates, else {@code null}. */
	public String createdTable() {
		int index = this.words.createdTableIndex();
		return (index >= 0) ? nameAt(index) : null;
	}

	/** For {@code CREATE TABLE … (…)}, each element inside the parentheses as a token range. */
	public List<int[]> createTableElements() {
		if (createdTable() == null) {
			return List.of();
		}
		int open = this.words.indexOfText("(", 0);
		if (open < 0) {
			return List.of();
		}
		int close = matchingParenthesis(open);
		return splitTopLevel(open + 1, close);
	}

	/** For {@code CREATE INDEX}, the indexed table, else {@code null}. */
	public String indexedTable() {
		if (!this.words.createsIndex()) {
			return null;
		}
		int on = indexOfWord("on", 2, this.tokens.size());
		if (on < 0) {
			return null;
		}
		int index = on + 1;
		if (isWord(index, "only")) {
			index++;
		}
		return nameAt(index);
	}

	/** For {@code CREATE INDEX}, the indexed columns (expressions as written), in order. */
	public List<String> indexedColumns() {
		int on = indexOfWord("on", 2, this.tokens.size());
		return (on < 0) ? List.of() : columnList(on, this.tokens.size());
	}

	/** The identifiers in the first parenthesised list at or after {@code from}. */
	public List<String> columnList(int from, int to) {
		int open = this.words.indexOfText("(", from);
		if (open < 0 || open >= to) {
			return List.of();
		}
		List<String> columns = new ArrayList<>();
		for (int[] range : splitTopLevel(open + 1, matchingParenthesis(open))) {
			columns.add(word(range[0]));
		}
		return columns;
	}

	public int matchingParenthesis(int open) {
		return this.words.matchingParenthesis(open);
	}

	/**
	 * The statement as one line ending with a semicolon, for a suggestion: comments and line
	 * breaks between tokens become one space, and {@code insertion} goes before the token at
	 * {@code index} (at the end for {@code index} past the last token).
	 */
	public String rewritten(int index, String insertion) {
		String sql = this.statement.sql();
		List<Integer> lineStarts = new ArrayList<>(List.of(0));
		for (int i = 0; i < sql.length(); i++) {
			if (sql.charAt(i) == '\n') {
				lineStarts.add(i + 1);
			}
		}
		StringBuilder out = new StringBuilder();
		int previousEnd = -1;
		for (int i = 0; i < this.tokens.size(); i++) {
			Token token = this.tokens.get(i);
			int lineIndex = token.line() - this.statement.line();
			int start = lineStarts.get(lineIndex)
					+ ((lineIndex == 0) ? token.column() - this.statement.column() : token.column() - 1);
			if (previousEnd >= 0 && start > previousEnd) {
				String gap = sql.substring(previousEnd, start);
				out.append(gap.isBlank() && !gap.contains("\n") ? gap : " ");
			}
			if (i == index) {
				out.append((out.length() > 0 && out.charAt(out.length() - 1) != ' ') ? " " : "").append(insertion)
					.append(' ');
			}
			out.append(token.text());
			previousEnd = start + token.text().length();
		}
		if (index >= this.tokens.size()) {
			out.append(' ').append(insertion);
		}
		return out.append(';').toString();
	}

	/** The unqualified name at {@code index}: {@code schema.table} gives {@code table}. */
	String nameAt(int index) {
		return word(this.words.lastNamePart(index));
	}

	/** Splits the tokens from {@code from} to {@code to} at commas outside parentheses and brackets. */
	List<int[]> splitTopLevel(int from, int to) {
		return this.words.splitTopLevel(from, to);
	}

	private static String normalize(Token token) {
		return switch (token.type()) {
			case WORD -> token.text().toLowerCase(Locale.ROOT);
			case QUOTED_IDENTIFIER -> {
				String text = token.text();
				int open = text.indexOf('"');
				yield text.substring(open + 1, text.length() - 1).replace("\"\"", "\"");
			}
			default -> token.text();
		};
	}

}
