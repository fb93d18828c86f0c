package dev.migrator;

/**
 * Told of each migration as a run goes, for progress output and metrics. Called on the
 * migrating thread; keep it quick.
 */
public interface MigrationListener {

	MigrationListener NONE = new MigrationListener() {
	};

	/**
	 * Migration {@code index} (1-based) of {@code count} in this run is about to start; for
	 * migrations sent to the server together, each is told before the group goes.
	 */
	default void beforeMigration(int index, int count, MigrationStep step) {
	}

	/**
	 * It finished, successfully or not ({@code error} non-null). Migrations sent to the server
	 * together are told after the whole group, each with an equal share of its time.
	 */
	default void afterMigration(int index, int count, MigrationStep step, long executionMs, RuntimeException error) {
	}

	/**
	 * The listener of one migration set's runs, when {@link Migrators} runs several: one
	 * that says which set it hears from (a metric's tag, a log prefix) returns a copy that
	 * knows; by default this one hears every set alike.
	 */
	default MigrationListener forSet(String set) {
		return this;
	}

}
