package dev.migrator;

/**
 * A count with its noun, for messages: {@code 1 migration}, {@code 2 migrations}. The nouns
 * in Migrator's messages all take an {@code s}.
 */
public final class Plural {

	private Plural() {
	}

	public static String of(long count, String noun) {
		return count + " " + noun + ((count == 1) ? "" : "s");
	}

}
