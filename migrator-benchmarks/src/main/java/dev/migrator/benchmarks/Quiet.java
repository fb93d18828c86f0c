package dev.migrator.benchmarks;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps every tool at the same log level (warnings only) and offline: logback is set by
 * {@code logback.xml}, Liquibase logs through {@code java.util.logging} and, since 4.30,
 * would send usage analytics over the network unless told not to.
 */
final class Quiet {

	private Quiet() {
	}

	static void logging() {
		System.setProperty("liquibase.analytics.enabled", "false");
		Logger.getLogger("").setLevel(Level.WARNING);
	}

}
