package dev.migrator.sql;

import java.util.ArrayList;
import java.util.List;

/**
 * A statement's tokens, navigated the one way lint and the statement facts both read them: a
 * keyword matches a {@link TokenType#WORD} token in any case, never a string or a quoted name;
 * names may be schema-qualified; lists split at commas outside parentheses and brackets.
 */
public final class Words {

	private final List<Token> tokens;

	public Words(List<Token> tokens) {
		this.tokens = tokens;
	}

	public int size() {
		return this.tokens.size();
	}

	/** The token's text as written, or {@code ""} past the last token. */
	public String text(int index) {
		return (index < this.tokens.size()) ? this.tokens.get(index).text() : "";
	}

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

	/** Whether the token at {@code index} is the (lower-case) keyword, in any case. */
	public boolean isWord(int index, String keyword) {
		if (index >= this.tokens.size()) {
			return false;
		}
		Token token = this.tokens.get(index);
		return token.type() == TokenType.WORD && StatementShape.is(token.text(), keyword);
	}

	public boolean has(String keyword) {
		return indexOf(keyword, 0, this.tokens.size()) >= 0;
	}

	/** The index of the keyword between {@code from} (inclusive) and {@code to}, or -1. */
	public int indexOf(String keyword, int from, int to) {
		for (int i = from; i < Math.min(to, this.tokens.size()); i++) {
			if (isWord(i, keyword)) {
				return i;
			}
		}
		return -1;
	}

	/** Whether the keywords appear consecutively anywhere. */
	public boolean hasPhrase(String... keywords) {
		for (int i = 0; i < this.tokens.size(); i++) {
			if (matchesAt(i, keywords)) {
				return true;
			}
		}
		return false;
	}

	/** Whether the keyword appears outside parentheses (e.g. a statement's own WHERE). */
	public boolean hasTopLevel(String keyword) {
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

	/** The index of the first token at or after {@code from} whose text is {@code text}, or -1. */
	public int indexOfText(String text, int from) {
		for (int i = Math.max(from, 0); i < this.tokens.size(); i++) {
			if (this.tokens.get(i).text().equals(text)) {
				return i;
			}
		}
		return -1;
	}

	/** The index of the parenthesis closing the one at {@code open}, or the size when none does. */
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
	 * The index of the last part of the (possibly qualified) name at {@code index}: for
	 * {@code schema.table}, the index of {@code table}.
	 */
	public int lastNamePart(int index) {
		int last = index;
		while (last + 2 < this.tokens.size() && this.tokens.get(last + 1).text().equals(".")) {
			last += 2;
		}
		return last;
	}

	/** The index just past the (possibly qualified) name at {@code index}. */
	public int skipName(int index) {
		return lastNamePart(index) + 1;
	}

	/** Splits the tokens from {@code from} to {@code to} at commas outside parentheses and brackets. */
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

	/** For {@code ALTER TABLE [IF EXISTS] [ONLY]}, the index of the table's name, else -1. */
	public int alteredTableIndex() {
		if (!startsWith("alter", "table")) {
			return -1;
		}
		int index = 2;
		if (matchesAt(index, "if", "exists")) {
			index += 2;
		}
		if (isWord(index, "only")) {
			index++;
		}
		return index;
	}

	/** For {@code ALTER TABLE}, each comma-separated action as a range of token indexes. */
	public List<int[]> alterActions() {
		int name = alteredTableIndex();
		if (name < 0) {
			return List.of();
		}
		int start = skipName(name);
		if (text(start).equals("*")) {
			start++;
		}
		return splitTopLevel(start, this.tokens.size());
	}

	/**
	 * For {@code CREATE [TEMP|TEMPORARY|UNLOGGED|GLOBAL|LOCAL …] TABLE [IF NOT EXISTS]}, the
	 * index of the table's name, else -1.
	 */
	public int createdTableIndex() {
		int table = startsWith("create") ? indexOf("table", 1, 5) : -1;
		if (table != 1 && !(table > 1 && (isWord(1, "temp") || isWord(1, "temporary") || isWord(1, "unlogged")
				|| isWord(1, "global") || isWord(1, "local")))) {
			return -1;
		}
		int index = table + 1;
		return matchesAt(index, "if", "not", "exists") ? index + 3 : index;
	}

	/** Whether it is {@code CREATE [UNIQUE] INDEX}. */
	public boolean createsIndex() {
		return startsWith("create") && indexOf("index", 1, 3) > 0;
	}

}
