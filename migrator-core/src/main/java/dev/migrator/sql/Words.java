package dev.migrator.sql;

import java.util.ArrayList;
import java.util.List;

/**
 * A statement's tokens, for matching keywords: a keyword matches a {@link TokenType#WORD}
 * token in any case, never a string or a quoted name.
 */
final class Words {

	private final List<Token> tokens;

	Words(List<Token> tokens) {
		this.tokens = tokens;
	}

	int size() {
		return this.tokens.size();
	}

	String text(int index) {
		return (index < this.tokens.size()) ? this.tokens.get(index).text() : "";
	}

	boolean startsWith(String... keywords) {
		return matchesAt(0, keywords);
	}

	boolean matchesAt(int index, String... keywords) {
		for (int i = 0; i < keywords.length; i++) {
			if (!isWord(index + i, keywords[i])) {
				return false;
			}
		}
		return true;
	}

	boolean isWord(int index, String keyword) {
		if (index >= this.tokens.size()) {
			return false;
		}
		Token token = this.tokens.get(index);
		return token.type() == TokenType.WORD && StatementShape.is(token.text(), keyword);
	}

	boolean has(String keyword) {
		return indexOf(keyword, 0, this.tokens.size()) >= 0;
	}

	/** The index of the keyword between {@code from} (inclusive) and {@code to}, or -1. */
	int indexOf(String keyword, int from, int to) {
		for (int i = from; i < Math.min(to, this.tokens.size()); i++) {
			if (isWord(i, keyword)) {
				return i;
			}
		}
		return -1;
	}

	/** Whether the keywords appear consecutively anywhere. */
	boolean hasPhrase(String... keywords) {
		for (int i = 0; i < this.tokens.size(); i++) {
			if (matchesAt(i, keywords)) {
				return true;
			}
		}
		return false;
	}

	/** The index just past the (possibly qualified) name at {@code index}. */
	int skipName(int index) {
		int last = index;
		while (last + 2 < this.tokens.size() && this.tokens.get(last + 1).text().equals(".")) {
			last += 2;
		}
		return last + 1;
	}

	/** Splits the tokens from {@code from} to the end at commas outside parentheses and brackets. */
	List<int[]> splitTopLevel(int from) {
		List<int[]> parts = new ArrayList<>();
		int depth = 0;
		int start = from;
		for (int i = from; i < this.tokens.size(); i++) {
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
		if (start < this.tokens.size()) {
			parts.add(new int[] { start, this.tokens.size() });
		}
		return parts;
	}

}
