package dev.migrator.sql;

import java.util.List;

/**
 * What PostgreSQL allows inside a transaction block, decided from a statement's leading
 * words. One place, used by execution, the parser's validation and lint.
 */
public final class TransactionRules {

	private TransactionRules() {
	}

	/** Whether PostgreSQL refuses to run the statement inside a transaction block. */
	public static boolean refusedInTransaction(SqlStatement statement) {
		return refusedInTransaction(statement.tokens());
	}

	static boolean refusedInTransaction(List<Token> tokens) {
		Words words = new Words(tokens);
		if (words.startsWith("create", "index") || words.startsWith("create", "unique", "index")
				|| words.startsWith("drop", "index") || words.startsWith("reindex")
				|| words.startsWith("refresh", "materialized", "view")) {
			return words.has("concurrently") && !words.startsWith("refresh");
		}
		if (words.startsWith("vacuum") || words.startsWith("create", "database") || words.startsWith("drop", "database")
				|| words.startsWith("create", "tablespace") || words.startsWith("drop", "tablespace")
				|| words.startsWith("alter", "system") || words.startsWith("create", "subscription")
				|| words.startsWith("drop", "subscription")) {
			return true;
		}
		if (words.startsWith("alter", "subscription")) {
			return words.has("refresh");
		}
		if (words.startsWith("alter", "database")) {
			return words.has("tablespace");
		}
		return words.startsWith("cluster") && tokens.size() == 1;
	}

	/** Whether the statement is transaction control: BEGIN, COMMIT, ROLLBACK, SAVEPOINT, … */
	public static boolean isTransactionControl(SqlStatement statement) {
		return isTransactionControl(new Words(statement.tokens()));
	}

	static boolean isTransactionControl(Words words) {
		return words.startsWith("begin") || words.startsWith("start", "transaction") || words.startsWith("commit")
				|| words.startsWith("end") || words.startsWith("rollback") || words.startsWith("abort")
				|| words.startsWith("savepoint") || words.startsWith("release") || words.startsWith("prepare", "transaction");
	}

	/** Whether the statement opens a transaction: {@code BEGIN [WORK|TRANSACTION]}, {@code START TRANSACTION}. */
	static boolean isBegin(Words words) {
		return words.startsWith("begin") || words.startsWith("start", "transaction");
	}

	/** Whether the statement commits: {@code COMMIT [WORK|TRANSACTION]}, {@code END}. */
	static boolean isCommit(Words words) {
		return (words.startsWith("commit") && !words.startsWith("commit", "prepared")) || words.startsWith("end");
	}

	/** A statement's words, for matching leading keywords. */
	static final class Words {

		private final List<Token> tokens;

		Words(List<Token> tokens) {
			this.tokens = tokens;
		}

		boolean startsWith(String... keywords) {
			if (this.tokens.size() < keywords.length) {
				return false;
			}
			for (int i = 0; i < keywords.length; i++) {
				Token token = this.tokens.get(i);
				if (token.type() != TokenType.WORD || !StatementShape.is(token.text(), keywords[i])) {
					return false;
				}
			}
			return true;
		}

		boolean has(String keyword) {
			for (Token token : this.tokens) {
				if (token.type() == TokenType.WORD && StatementShape.is(token.text(), keyword)) {
					return true;
				}
			}
			return false;
		}

	}

}
