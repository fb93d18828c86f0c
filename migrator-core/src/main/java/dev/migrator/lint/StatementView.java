package dev.migrator.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.migrator.sql.SqlStatement;
import dev.migrator.sql.Token;
import dev.migrator.sql.TokenType;

/**
 * A statement as rules read it: its tokens with words folded to lower case and quoted
 * identifiers unquoted, and the shapes rules ask about (the table an ALTER TABLE targets and
 * its comma-separated actions, the columns of a CREATE TABLE, an index's table and columns).
 */
public final class StatementView {

	private final SqlStatement statement;

	private final List<Token> tokens;

	private final List<String> words;

	public StatementView(SqlStatement statement) {
		this.statement = statement;
		this.tokens = statement.tokens();
		this.words = new ArrayList<>(this.tokens.size());
		for (Token token : this.tokens) {
			this.words.add(normalize(token));
		}
	}

	public SqlStatement statement() {
		return this.statement;
	}

	public int line() {
		return this.statement.line();
	}

	public List<Token> tokens() {
		return this.tokens;
	}

	public String word(int index) {
		return (index < this.words.size()) ? this.words.get(index) : "";
	}

	/** Whether the statement begins with these words. */
	public boolean startsWith(String... keywords) {
		return matchesAt(0, keywords);
	}

	public boolean matchesAt(int index, String... keywords) {
		for (int i = 0; i < keywords.length; i++) {
			if (!isWord(index + i, keywords[i])) {
				return false;
			}
		}
		return true;
	}

	public boolean isWord(int index, String keyword) {
		return index < this.tokens.size() && this.tokens.get(index).type() == TokenType.WORD
				&& this.words.get(index).equals(keyword);
	}

	/** Whether the keyword appears anywhere as a word (not in a string or quoted name). */
	public boolean hasWord(String keyword) {
		return indexOfWord(keyword, 0, this.tokens.size()) >= 0;
	}

	/** Whether the words appear consecutively anywhere. */
	public boolean hasPhrase(String... keywords) {
		for (int i = 0; i < this.tokens.size(); i++) {
			if (matchesAt(i, keywords)) {
				return true;
			}
		}
		return false;
	}

	public int indexOfWord(String keyword, int from, int to) {
		for (int i = from; i < Math.min(to, this.tokens.size()); i++) {
			if (isWord(i, keyword)) {
				return i;
			}
		}
		return -1;
	}

	/** Whether the keyword appears outside parentheses (e.g. a statement's own WHERE). */
	public boolean hasTopLevelWord(String keyword) {
		int depth = 0;
		for (int i = 0; i < this.tokens.size(); i++) {
			String text = this.tokens.get(i).text();
			if (text.equals("(")) {
				depth++;
			}
			else if (text.equals(")")) {
				depth--;
			}
			else if (depth == 0 && isWord(i, keyword)) {
				return true;
			}
		}
		return false;
	}

	/** For {@code ALTER TABLE}, the table it changes, else {@code null}. */
	public String alteredTable() {
		int index = tableNameIndex("alter", "table");
		return (index >= 0) ? nameAt(index) : null;
	}

	/** For {@code ALTER TABLE}, each comma-separated action as a range of token indexes. */
	public List<int[]> alterActions() {
		int index = tableNameIndex("alter", "table");
		if (index < 0) {
			return List.of();
		}
		int start = skipName(index);
		if (start < this.tokens.size() && this.tokens.get(start).text().equals("*")) {
			start++;
		}
		return splitTopLevel(start, this.tokens.size());
	}

	/** For {@code CREATE TABLE}, the table it creates, else {@code null}. */
	public String createdTable() {
		if (!startsWith("create")) {
			return null;
		}
		int table = indexOfWord("table", 1, 5);
		if (table < 0 || (table > 1 && !isWord(1, "temp") && !isWord(1, "temporary") && !isWord(1, "unlogged")
				&& !isWord(1, "global") && !isWord(1, "local"))) {
			return null;
		}
		int index = table + 1;
		if (matchesAt(index, "if", "not", "exists")) {
			index += 3;
		}
		return nameAt(index);
	}

	/** For {@code CREATE TABLE … (…)}, each element inside the parentheses as a token range. */
	public List<int[]> createTableElements() {
		if (createdTable() == null) {
			return List.of();
		}
		int open = indexOfText("(", 0);
		if (open < 0) {
			return List.of();
		}
		int close = matchingParenthesis(open);
		return splitTopLevel(open + 1, close);
	}

	/** For {@code CREATE INDEX}, the indexed table, else {@code null}. */
	public String indexedTable() {
		if (!startsWith("create") || indexOfWord("index", 1, 3) < 0) {
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
		int open = indexOfText("(", Math.max(on, 0));
		if (on < 0 || open < 0) {
			return List.of();
		}
		List<String> columns = new ArrayList<>();
		for (int[] range : splitTopLevel(open + 1, matchingParenthesis(open))) {
			columns.add(word(range[0]));
		}
		return columns;
	}

	/** The identifiers in the first parenthesised list at or after {@code from}. */
	public List<String> columnList(int from, int to) {
		int open = indexOfText("(", from);
		if (open < 0 || open >= to) {
			return List.of();
		}
		List<String> columns = new ArrayList<>();
		for (int[] range : splitTopLevel(open + 1, matchingParenthesis(open))) {
			columns.add(word(range[0]));
		}
		return columns;
	}

	public int indexOfText(String text, int from) {
		for (int i = Math.max(from, 0); i < this.tokens.size(); i++) {
			if (this.tokens.get(i).text().equals(text)) {
				return i;
			}
		}
		return -1;
	}

	public int matchingParenthesis(int open) {
		int depth = 0;
		for (int i = open; i < this.tokens.size(); i++) {
			String text = this.tokens.get(i).text();
			if (text.equals("(")) {
				depth++;
			}
			else if (text.equals(")") && --depth == 0) {
				return i;
			}
		}
		return this.tokens.size();
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
	public String nameAt(int index) {
		int last = index;
		while (last + 2 < this.tokens.size() && this.tokens.get(last + 1).text().equals(".")) {
			last += 2;
		}
		return word(last);
	}

	/** The index just past the (possibly qualified) name at {@code index}. */
	public int skipName(int index) {
		int last = index;
		while (last + 2 < this.tokens.size() && this.tokens.get(last + 1).text().equals(".")) {
			last += 2;
		}
		return last + 1;
	}

	private int tableNameIndex(String... prefix) {
		if (!startsWith(prefix)) {
			return -1;
		}
		int index = prefix.length;
		if (matchesAt(index, "if", "exists")) {
			index += 2;
		}
		if (isWord(index, "only")) {
			index++;
		}
		return index;
	}

	/** Splits the tokens from {@code from} to {@code to} at commas outside parentheses. */
	public List<int[]> splitTopLevel(int from, int to) {
		List<int[]> parts = new ArrayList<>();
		int depth = 0;
		int start = from;
		for (int i = from; i < to; i++) {
			String text = this.tokens.get(i).text();
			if (text.equals("(") || text.equals("[")) {
				depth++;
			}
			else if (text.equals(")") || text.equals("]")) {
				depth--;
			}
			else if (depth == 0 && text.equals(",")) {
				parts.add(new int[] { start, i });
				start = i + 1;
			}
		}
		if (start < to) {
			parts.add(new int[] { start, to });
		}
		return parts;
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
