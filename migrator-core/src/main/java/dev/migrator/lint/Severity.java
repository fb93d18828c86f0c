package dev.migrator.lint;

import java.util.Locale;

/** How much a finding matters; {@code OFF} only appears in configuration. */
public enum Severity {

	ERROR, WARNING, OFF;

	/** The severity as configuration and every report write it: {@code error}, {@code warning}, {@code off}. */
	public String label() {
		return name().toLowerCase(Locale.ROOT);
	}

}
