package dev.migrator.verify;

import dev.migrator.MigratorConfig;

/**
 * One line for a project's own test suite: proves its migrations reverse, on an embedded
 * PostgreSQL, and fails with the first difference.
 *
 * <pre>
 * &#64;Test
 * void migrationsAreReversible() {
 *     Reversibility.assertReversible("classpath:db/migrations");
 * }
 * </pre>
 */
public final class Reversibility {

	private Reversibility() {
	}

	public static VerifyReport assertReversible(String... locations) {
		try (ScratchDatabase scratch = ScratchDatabase.embedded()) {
			VerifyReport report = new Verifier(
					MigratorConfig.builder().dataSource(scratch.dataSource()).locations(locations).build())
				.verify();
			if (!report.passed()) {
				throw new AssertionError("Migrations do not reverse: " + report.firstDifference());
			}
			return report;
		}
		catch (AssertionError | RuntimeException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not stop the scratch database", ex);
		}
	}

}
