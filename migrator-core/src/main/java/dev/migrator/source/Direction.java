package dev.migrator.source;

/** Which way a migration file runs. */
public enum Direction {

	UP, DOWN

}
