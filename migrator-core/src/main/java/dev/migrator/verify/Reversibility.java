package dev.migrator.verify;

import dev.migrator.MigratorConfig;

/**
 * One line for a project's own test suite: proves its migrations reverse, on an embedded
 * PostgreSQL, and fails with every migration that does not and why.
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
			VerifyReport report = new Verifier(scratch,
					MigratorConfig.builder().dataSource(scratch.dataSource()).locations(locations).build(),
					VerifyOptions.DEFAULTS)
				.verify();
			if (!report.passed()) {
				throw new AssertionError("Migrations do not reverse (" + report.failures().size() + " failed of "
						+ report.checked() + " checked):\n" + report.describeFailures());
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
