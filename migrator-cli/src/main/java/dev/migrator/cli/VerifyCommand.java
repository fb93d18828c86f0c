package dev.migrator.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import dev.migrator.MigratorConfig;
import dev.migrator.verify.ScratchDatabase;
import dev.migrator.verify.Verifier;
import dev.migrator.verify.VerifyOptions;
import dev.migrator.verify.VerifyReport;

@Command(name = "verify", description = "Prove that every down reverses its up, on a scratch database: a new"
		+ " database on the --url server (dropped afterwards), or an embedded PostgreSQL when no URL is given."
		+ " Checks every migration and exits 1 if any fails, listing each failure.")
class VerifyCommand implements Callable<Integer> {

	@ParentCommand
	MigratorCommand root;

	@Spec
	CommandSpec spec;

	@Option(names = "--from", paramLabel = "VERSION",
			description = "Check from this version on; the migrations below it are applied, not checked.")
	Long from;

	@Option(names = "--to", paramLabel = "VERSION", description = "Check up to this version; later ones are not run.")
	Long to;

	@Option(names = "--strict-column-order", description = "Count a column in another place as a difference (a down"
			+ " that re-adds a dropped column puts it last, and PostgreSQL cannot put it back).")
	boolean strictColumnOrder;

	@Override
	public Integer call() throws Exception {
		this.root.refuseOtherSet(this.spec);
		VerifyOptions options = options();
		String url = this.root.url();
		try (ScratchDatabase scratch = ScratchDatabase.onOrEmbedded(url, this.root.user(),
				this.root.password())) {
			VerifyReport report = new Verifier(scratch, MigratorCommand.build(this.spec,
					this.root.options(this.spec, MigratorConfig.builder().dataSource(scratch.dataSource()))), options)
				.verify();
			print(report);
			return report.passed() ? MigratorSubcommand.OK : ErrorHandler.FAILED;
		}
	}

	private VerifyOptions options() {
		try {
			return new VerifyOptions(this.from, this.to, this.strictColumnOrder);
		}
		catch (IllegalArgumentException ex) {
			throw new ParameterException(this.spec.commandLine(), ex.getMessage());
		}
	}

	private void print(VerifyReport report) {
		if (this.root.format == OutputFormat.JSON) {
			Map<String, Object> view = new LinkedHashMap<>();
			view.put("checked", report.checked());
			view.put("passed", report.passedCount());
			view.put("failures", report.failures().stream().map(VerifyCommand::failure).toList());
			this.root.out().println(Json.write(view));
		}
		else {
			for (VerifyReport.Result result : report.results()) {
				if (result.outcome() == VerifyReport.Outcome.SKIPPED) {
					this.root.out().println("SKIPPED " + result.version() + " " + result.description() + ": "
							+ result.differences().get(0));
				}
			}
			if (report.passed()) {
				this.root.out().println("Verified: " + report.passedCount()
						+ ((report.passedCount() == 1) ? " migration reverses" : " migrations reverse") + " cleanly ("
						+ report.executionMs() + " ms).");
			}
			else {
				this.root.out().println(report.describeFailures());
				this.root.out().println("Verify failed: " + report.failures().size() + " failed, " + report.passedCount()
						+ " passed of " + report.checked() + " checked (" + report.executionMs() + " ms).");
			}
		}
		this.root.out().flush();
	}

	private static Map<String, Object> failure(VerifyReport.Result result) {
		Map<String, Object> view = new LinkedHashMap<>();
		view.put("version", result.version());
		view.put("description", result.description());
		view.put("differences", result.differences());
		return view;
	}

}
