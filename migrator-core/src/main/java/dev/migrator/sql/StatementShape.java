package dev.migrator.sql;

/**
 * What the splitter needs to know of the statement being read, learnt token by token:
 * whether a {@code ;} ends it and whether it is {@code COPY … FROM STDIN}. As in
 * PostgreSQL's grammar, a {@code ;} inside parentheses (a rule's {@code DO (…; …)}) or
 * inside the {@code BEGIN ATOMIC … END} body of {@code CREATE [OR REPLACE] FUNCTION|PROCEDURE}
 * (where {@code CASE … END} nests) does not end the statement.
 */
final class StatementShape {

	private int tokens;

	private int parenDepth;

	private boolean copy;

	private boolean copyFrom;

	private boolean copyFromStdin;

	/** Whether the leading words so far are CREATE [OR REPLACE], so FUNCTION or PROCEDURE may follow. */
	private boolean createHead;

	/** Whether the statement is CREATE [OR REPLACE] FUNCTION|PROCEDURE, the only one with a BEGIN ATOMIC body. */
	private boolean routine;

	private boolean previousWasBegin;

	/** Whether the previous token makes the next word a name, not a keyword: {@code t.end}, {@code AS end}. */
	private boolean previousNamesNext;

	private int atomicDepth;

	private int caseDepth;

	boolean isEmpty() {
		return this.tokens == 0;
	}

	boolean isCopyFromStdin() {
		return this.copyFromStdin;
	}

	/** Whether this punctuation token terminates the statement. */
	boolean endsAt(CharSequence punctuation) {
		return this.parenDepth == 0 && this.atomicDepth == 0 && is(punctuation, ";");
	}

	void accept(TokenType type, CharSequence text) {
		this.tokens++;
		boolean word = type == TokenType.WORD;
		boolean name = this.previousNamesNext;
		this.previousNamesNext = (word && is(text, "as")) || (type == TokenType.PUNCTUATION && is(text, "."));
		if (this.tokens == 1 || this.createHead) {
			readHead(word, text);
		}
		if (type == TokenType.PUNCTUATION && is(text, "(")) {
			this.parenDepth++;
		}
		else if (type == TokenType.PUNCTUATION && is(text, ")") && this.parenDepth > 0) {
			this.parenDepth--;
		}
		if (!word || name) {
			this.previousWasBegin = false;
			return;
		}
		if (this.tokens == 1) {
			this.copy = is(text, "copy");
		}
		else if (this.copy && this.parenDepth == 0) {
			if (this.copyFrom && is(text, "stdin")) {
				this.copyFromStdin = true;
			}
			this.copyFrom = is(text, "from");
		}
		if (this.routine && this.previousWasBegin && this.parenDepth == 0 && is(text, "atomic")) {
			this.atomicDepth++;
		}
		else if (this.atomicDepth > 0) {
			if (is(text, "case")) {
				this.caseDepth++;
			}
			else if (is(text, "end")) {
				if (this.caseDepth > 0) {
					this.caseDepth--;
				}
				else {
					this.atomicDepth--;
				}
			}
		}
		this.previousWasBegin = is(text, "begin");
	}

	private void readHead(boolean word, CharSequence text) {
		this.createHead = word && switch (this.tokens) {
			case 1 -> is(text, "create");
			case 2 -> is(text, "or");
			case 3 -> is(text, "replace");
			default -> false;
		};
		this.routine = word && (this.tokens == 2 || this.tokens == 4) && (is(text, "function") || is(text, "procedure"));
	}

	static boolean is(CharSequence text, String lowerCaseWord) {
		if (text.length() != lowerCaseWord.length()) {
			return false;
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			// PostgreSQL folds only ASCII letters in keywords: 'İNDEX' is no INDEX to it
			if (((c >= 'A' && c <= 'Z') ? (char) (c + ('a' - 'A')) : c) != lowerCaseWord.charAt(i)) {
				return false;
			}
		}
		return true;
	}

}
