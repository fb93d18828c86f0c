package dev.migrator.sql;

/**
 * What the splitter needs to know of the statement being read, learnt token by token:
 * whether a {@code ;} ends it (not inside a {@code BEGIN ATOMIC … END} body, where
 * {@code CASE … END} nests) and whether it is {@code COPY … FROM STDIN}.
 */
final class StatementShape {

	private int tokens;

	private boolean copy;

	private boolean copyFrom;

	private boolean copyFromStdin;

	private boolean previousWasBegin;

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
		return this.atomicDepth == 0 && punctuation.length() == 1 && punctuation.charAt(0) == ';';
	}

	void accept(TokenType type, CharSequence text) {
		this.tokens++;
		if (type != TokenType.WORD) {
			this.previousWasBegin = false;
			return;
		}
		if (this.tokens == 1) {
			this.copy = is(text, "copy");
		}
		else if (this.copy) {
			if (this.copyFrom && is(text, "stdin")) {
				this.copyFromStdin = true;
			}
			this.copyFrom = is(text, "from");
		}
		if (this.previousWasBegin && is(text, "atomic")) {
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

	static boolean is(CharSequence text, String lowerCaseWord) {
		if (text.length() != lowerCaseWord.length()) {
			return false;
		}
		for (int i = 0; i < text.length(); i++) {
			if (Character.toLowerCase(text.charAt(i)) != lowerCaseWord.charAt(i)) {
				return false;
			}
		}
		return true;
	}

}
