package dev.migrator.sql;

/**
 * The strongest table lock a statement takes, as PostgreSQL documents it: what the statement
 * blocks while it runs.
 */
final class LockLevel {

	private LockLevel() {
	}

	/** The lock mode's name, or {@code null} when the statement locks no existing table. */
	static String of(Words words) {
		boolean concurrently = words.has("concurrently");
		if (words.createsIndex()) {
			return concurrently ? "SHARE UPDATE EXCLUSIVE" : "SHARE";
		}
		if (words.startsWith("drop", "index") || words.startsWith("reindex")) {
			return concurrently ? "SHARE UPDATE EXCLUSIVE" : "ACCESS EXCLUSIVE";
		}
		if (words.startsWith("alter", "table")) {
			return alterTable(words);
		}
		if (words.startsWith("create", "trigger") || words.startsWith("create", "or", "replace", "trigger")) {
			return "SHARE ROW EXCLUSIVE";
		}
		if (words.createdTableIndex() >= 0) {
			return words.has("references") ? "SHARE ROW EXCLUSIVE (referenced table)" : null;
		}
		if (words.startsWith("insert") || words.startsWith("update") || words.startsWith("delete")
				|| words.startsWith("merge") || words.startsWith("copy")) {
			return "ROW EXCLUSIVE";
		}
		if (words.startsWith("vacuum")) {
			return words.has("full") ? "ACCESS EXCLUSIVE" : "SHARE UPDATE EXCLUSIVE";
		}
		if (words.startsWith("refresh", "materialized", "view")) {
			return concurrently ? "EXCLUSIVE" : "ACCESS EXCLUSIVE";
		}
		if (words.startsWith("drop", "table") || words.startsWith("truncate") || words.startsWith("cluster")
				|| words.startsWith("lock")) {
			return "ACCESS EXCLUSIVE";
		}
		if (words.startsWith("analyze") || words.startsWith("comment")) {
			return "SHARE UPDATE EXCLUSIVE";
		}
		return null;
	}

	/** The strongest lock of an ALTER TABLE's comma-separated actions. */
	private static String alterTable(Words words) {
		String strongest = null;
		for (int[] action : words.alterActions()) {
			String lock = alterAction(words, action[0]);
			if (strongest == null || rank(lock) > rank(strongest)) {
				strongest = lock;
			}
		}
		return (strongest != null) ? strongest : "ACCESS EXCLUSIVE";
	}

	private static String alterAction(Words words, int start) {
		if (words.matchesAt(start, "validate", "constraint")
				|| words.isWord(start, "set") && words.isWord(start + 1, "statistics")) {
			return "SHARE UPDATE EXCLUSIVE";
		}
		if (words.isWord(start, "add") && words.hasPhrase("foreign", "key")) {
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
