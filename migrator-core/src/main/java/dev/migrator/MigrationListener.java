package dev.migrator;

/**
 * Told of each migration as a run goes, for progress output and metrics. Called on the
 * migrating thread; keep it quick.
 */
public interface MigrationListener {

	MigrationListener NONE = new MigrationListener() {
	};

	/** Migration {@code index} (1-based) of {@code count} in this run is about to start. */
	default void beforeMigration(int index, int count, MigrationStep step) {
	}

	/** It finished, successfully or not ({@code error} non-null). */
	default void afterMigration(int index, int count, MigrationStep step, long executionMs, RuntimeException error) {
	}

}
