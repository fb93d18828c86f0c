package dev.migrator.schema;

import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;

/** Joins an object's facts into its description, leaving out those it doesn't have. */
final class Facts {

	private Facts() {
	}

	/** The given facts, null ones left out, separated by a space (SQL's {@code concat_ws}). */
	static String join(String... facts) {
		return Arrays.stream(facts).filter(Objects::nonNull).collect(Collectors.joining(" "));
	}

	static String when(boolean condition, String fact) {
		return condition ? fact : null;
	}

	static String prefixed(String prefix, Object fact) {
		return (fact != null) ? prefix + fact : null;
	}

}
