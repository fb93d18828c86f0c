package dev.migrator.sql;

import java.util.regex.Pattern;

/**
 * What PostgreSQL allows inside a transaction block, decided from a statement's leading
 * words; read through {@link StatementFacts}.
 */
final class TransactionRules {

	/** COMMIT or ROLLBACK as a word of a DO block's body. */
	private static final Pattern ENDS_TRANSACTION = Pattern.compile("(?i)(^|[^\\w$])(commit|rollback)($|[^\\w$])");

	private TransactionRules() {
	}

	/** Whether PostgreSQL refuses to run the statement inside a transaction block. */
	static boolean refusedInTransaction(Words words) {
		if (words.startsWith("do")) {
			// a DO block may commit, in batches, only when it does not run inside a transaction block
			return endsTransaction(words);
		}
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
		return words.startsWith("cluster") && words.size() == 1;
	}

	/** Whether a DO block's body (a string after DO, dollar-quoted or not) commits or rolls back. */
	private static boolean endsTransaction(Words words) {
		for (int i = 1; i < words.size(); i++) {
			String text = words.text(i);
			if ((text.startsWith("$") || text.startsWith("'")) && ENDS_TRANSACTION.matcher(text).find()) {
				return true;
			}
		}
		return false;
	}

	/** Whether the statement is transaction control: BEGIN, COMMIT, ROLLBACK, SAVEPOINT, … */
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

}
