package dev.migrator.lint;

/** How much a finding matters; {@code OFF} only appears in configuration. */
public enum Severity {

	ERROR, WARNING, OFF

}
