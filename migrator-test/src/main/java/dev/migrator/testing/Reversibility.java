package dev.migrator.testing;

import dev.migrator.MigratorConfig;
import dev.migrator.verify.VerifyReport;

/**
 * One line for a project's own test suite: every migration's down reverses its up, proven
 * on an embedded PostgreSQL as {@code migrator verify} proves it.
 *
 * <pre>
 * &#64;Test
 * void migrationsAreReversible() {
 *     Reversibility.assertEveryDownReversesItsUp();
 * }
 * </pre>
 */
public final class Reversibility {

	private Reversibility() {
	}

	/**
	 * Applies, rolls back and applies again every migration at {@code locations}
	 * ({@code classpath:db/migrations} when none are given); fails naming each one that does not
	 * reverse and how.
	 */
	public static VerifyReport assertEveryDownReversesItsUp(String... locations) {
		return dev.migrator.verify.Reversibility.assertReversible(
				(locations.length > 0) ? locations : MigratorConfig.DEFAULT_LOCATIONS.toArray(String[]::new));
	}

}
