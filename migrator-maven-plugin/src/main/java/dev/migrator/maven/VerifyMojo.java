package dev.migrator.maven;

import java.util.StringJoiner;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

import dev.migrator.MigratorConfig;
import dev.migrator.verify.ScratchDatabase;
import dev.migrator.verify.Verifier;
import dev.migrator.verify.VerifyOptions;
import dev.migrator.verify.VerifyReport;

/**
 * Proves that every down reverses its up, on a scratch database: a new database on the
 * configured server (dropped afterwards), or an embedded PostgreSQL when no URL is
 * configured. Checks every migration and fails the build if any fails, listing each failure.
 * ({@code fromVersion} and {@code toVersion} are the CLI's {@code --from} and {@code --to}:
 * {@code to} is the desired schema of diff and check.)
 */
@Mojo(name = "verify", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class VerifyMojo extends AbstractMigratorMojo {

	/** Check from this version on; the migrations below it are applied, not checked. */
	@Parameter(property = "migrator.fromVersion")
	Long fromVersion;

	/** Check up to this version; later ones are not run. */
	@Parameter(property = "migrator.toVersion")
	Long toVersion;

	/**
	 * Count a column in another place as a difference (a down that re-adds a dropped column
	 * puts it last, and PostgreSQL cannot put it back).
	 */
	@Parameter(property = "migrator.strictColumnOrder", defaultValue = "false")
	boolean strictColumnOrder;

	@Override
	void run() throws MojoExecutionException, MojoFailureException {
		refuseOtherSet("verify");
		VerifyOptions options = options();
		ScratchDatabase scratch = scratchDatabase();
		VerifyReport report;
		try {
			report = new Verifier(scratch, build(options(MigratorConfig.builder().dataSource(scratch.dataSource()))),
					options)
				.verify();
		}
		finally {
			drop(scratch);
		}
		StringJoiner text = new StringJoiner("\n");
		for (VerifyReport.Result result : report.results()) {
			if (result.outcome() == VerifyReport.Outcome.SKIPPED) {
				text.add("SKIPPED " + result.version() + " " + result.description() + ": " + result.differences().get(0));
			}
		}
		if (!report.passed()) {
			text.add(report.describeFailures());
			text.add("Verify failed: " + report.failures().size() + " failed, " + report.passedCount() + " passed of "
					+ report.checked() + " checked (" + report.executionMs() + " ms).");
			throw new MojoFailureException(text.toString());
		}
		text.add("Verified: " + report.passedCount()
				+ ((report.passedCount() == 1) ? " migration reverses" : " migrations reverse") + " cleanly ("
				+ report.executionMs() + " ms).");
		print(text.toString());
	}

	private VerifyOptions options() throws MojoExecutionException {
		try {
			return new VerifyOptions(this.fromVersion, this.toVersion, this.strictColumnOrder);
		}
		catch (IllegalArgumentException ex) {
			throw new MojoExecutionException(ex.getMessage(), ex);
		}
	}

}
