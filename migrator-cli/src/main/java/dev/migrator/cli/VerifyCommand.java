package dev.migrator.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import dev.migrator.MigratorConfig;
import dev.migrator.verify.ScratchDatabase;
import dev.migrator.verify.Verifier;
import dev.migrator.verify.VerifyReport;

@Command(name = "verify", description = "Prove that every down reverses its up, on a scratch database: a new"
		+ " database on the --url server (dropped afterwards), or an embedded PostgreSQL when no URL is given."
		+ " Exits 1 with the first difference.")
class VerifyCommand implements Callable<Integer> {

	@ParentCommand
	MigratorCommand root;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() throws Exception {
		String url = this.root.url();
		try (ScratchDatabase scratch = (url != null) ? ScratchDatabase.on(url, this.root.user(), this.root.password())
				: ScratchDatabase.embedded()) {
			VerifyReport report = new Verifier(MigratorCommand.build(this.spec,
					this.root.options(this.spec, MigratorConfig.builder().dataSource(scratch.dataSource()))))
				.verify();
			print(report);
			return report.passed() ? MigratorSubcommand.OK : ErrorHandler.FAILED;
		}
	}

	private void print(VerifyReport report) {
		if (this.root.format == OutputFormat.JSON) {
			this.root.out().println(Json.write(report));
		}
		else {
			long passed = report.results().stream().filter((r) -> r.outcome() == VerifyReport.Outcome.PASSED).count();
			for (VerifyReport.Result result : report.results()) {
				if (result.outcome() != VerifyReport.Outcome.PASSED) {
					this.root.out().println(result.outcome() + " " + result.version() + " " + result.description() + ": "
							+ String.join("; ", result.differences()));
				}
			}
			this.root.out().println(report.passed()
					? "Verified: " + passed + " migrations reverse cleanly (" + report.executionMs() + " ms)."
					: "Verify failed: " + report.firstDifference());
		}
		this.root.out().flush();
	}

}
