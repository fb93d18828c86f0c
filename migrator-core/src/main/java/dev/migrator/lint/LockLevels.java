package dev.migrator.lint;

/**
 * The strongest table lock a statement takes, as PostgreSQL documents it, for annotating
 * plans: what the statement blocks while it runs.
 */
public final class LockLevels {

	private LockLevels() {
	}

	/** The lock mode's name, or {@code null} when the statement locks no existing table. */
	public static String of(StatementView statement) {
		boolean concurrently = statement.hasWord("concurrently");
		if (statement.startsWith("create") && statement.indexOfWord("index", 1, 3) > 0) {
			return concurrently ? "SHARE UPDATE EXCLUSIVE" : "SHARE";
		}
		if (statement.startsWith("drop", "index") || statement.startsWith("reindex")) {
			return concurrently ? "SHARE UPDATE EXCLUSIVE" : "ACCESS EXCLUSIVE";
		}
		if (statement.alteredTable() != null) {
			return alterTable(statement);
		}
		if (statement.startsWith("create", "trigger") || statement.startsWith("create", "or", "replace", "trigger")) {
			return "SHARE ROW EXCLUSIVE";
		}
		if (statement.createdTable() != null) {
			return statement.hasWord("references") ? "SHARE ROW EXCLUSIVE (referenced table)" : null;
		}
		if (statement.startsWith("insert") || statement.startsWith("update") || statement.startsWith("delete")
				|| statement.startsWith("merge") || statement.startsWith("copy")) {
			return "ROW EXCLUSIVE";
		}
		if (statement.startsWith("vacuum")) {
			return statement.hasWord("full") ? "ACCESS EXCLUSIVE" : "SHARE UPDATE EXCLUSIVE";
		}
		if (statement.startsWith("refresh", "materialized", "view")) {
			return concurrently ? "EXCLUSIVE" : "ACCESS EXCLUSIVE";
		}
		if (statement.startsWith("drop", "table") || statement.startsWith("truncate") || statement.startsWith("cluster")
				|| statement.startsWith("lock")) {
			return "ACCESS EXCLUSIVE";
		}
		if (statement.startsWith("analyze") || statement.startsWith("comment")) {
			return "SHARE UPDATE EXCLUSIVE";
		}
		return null;
	}

	private static String alterTable(StatementView statement) {
		String strongest = null;
		for (int[] action : statement.alterActions()) {
			String lock = alterAction(statement, action);
			if (strongest == null || rank(lock) > rank(strongest)) {
				strongest = lock;
			}
		}
		return (strongest != null) ? strongest : "ACCESS EXCLUSIVE";
	}

	private static String alterAction(StatementView statement, int[] action) {
		if (statement.matchesAt(action[0], "validate", "constraint") || statement.isWord(action[0], "set")
				&& statement.isWord(action[0] + 1, "statistics")) {
			return "SHARE UPDATE EXCLUSIVE";
		}
		if (statement.isWord(action[0], "add") && statement.hasPhrase("foreign", "key")) {
			return "SHARE ROW EXCLUSIVE";
		}
		return "ACCESS EXCLUSIVE";
	}

	private static int rank(String lock) {
		return switch (lock) {
			case "SHARE UPDATE EXCLUSIVE" -> 1;
			case "SHARE ROW EXCLUSIVE" -> 2;
			default -> 3;
		};
	}

}
