package dev.migrator.sql;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a statement is, as execution, validation, lint and plans need to know it, decided
 * once from its tokens when it is read.
 *
 * @param transactionControl whether it is BEGIN, COMMIT, ROLLBACK, SAVEPOINT, …
 * @param opensTransaction whether it is {@code BEGIN [WORK|TRANSACTION]} or {@code START TRANSACTION},
 * which may open a wrapper around the whole file
 * @param commits whether it is {@code COMMIT [WORK|TRANSACTION]} or {@code END}, which may close one
 * @param refusedInTransaction whether PostgreSQL refuses to run it inside a transaction block
 * (CONCURRENTLY, VACUUM, …)
 * @param lockLevel the strongest table lock it takes, e.g. {@code ACCESS EXCLUSIVE}, or {@code null}
 * when it locks no existing table
 * @param returnsRows whether it may return rows, which a JDBC batch refuses; transaction control
 * never runs as a statement of a migration (it is a violation, or the wrapper, left out)
 */
public record StatementFacts(boolean transactionControl, boolean opensTransaction, boolean commits,
		boolean refusedInTransaction, String lockLevel, boolean returnsRows) {

	/** First words of statements that may return rows (COPY may stream them, CALL has out-parameters). */
	private static final Set<String> ROWS = Set.of("select", "with", "values", "table", "show", "explain", "fetch",
			"call", "execute", "copy", "move");

	static StatementFacts of(List<Token> tokens) {
		Words words = new Words(tokens);
		return new StatementFacts(TransactionRules.isTransactionControl(words), TransactionRules.isBegin(words),
				TransactionRules.isCommit(words), TransactionRules.refusedInTransaction(words), LockLevel.of(words),
				returnsRows(tokens, words));
	}

	/**
	 * Recognised by the first word ({@code SELECT}, {@code WITH}, {@code CALL} with
	 * out-parameters, …) or a {@code RETURNING} anywhere: a false match only costs a round trip.
	 */
	private static boolean returnsRows(List<Token> tokens, Words words) {
		if (tokens.isEmpty() || tokens.get(0).type() != TokenType.WORD) {
			return true;
		}
		return ROWS.contains(tokens.get(0).text().toLowerCase(Locale.ROOT)) || words.has("returning");
	}

}
