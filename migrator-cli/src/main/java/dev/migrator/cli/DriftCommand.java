package dev.migrator.cli;

import java.util.LinkedHashMap;
import java.util.Map;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import dev.migrator.MigrationResult;
import dev.migrator.Migrator;
import dev.migrator.diff.Drift;
import dev.migrator.diff.DriftReport;

@Command(name = "drift", description = "Compare the database with what its applied migrations give (replayed on a"
		+ " scratch database: on the --dev-url server, or an embedded PostgreSQL) and list every difference, such as"
		+ " an index added by hand. Pending migrations are not drift. Exit 1 when the database drifted.")
class DriftCommand extends MigratorSubcommand {

	@Option(names = "--dev-url", paramLabel = "URL", description = "A server to create the scratch database on"
			+ " (dropped afterwards; same --user and --password); default: an embedded PostgreSQL.")
	String devUrl;

	@Override
	int run(Migrator migrator) {
		DriftReport report = Drift.onScratch(migrator.config(), this.devUrl, this.root.user(), this.root.password());
		print(report);
		return report.clean() ? OK : ErrorHandler.FAILED;
	}

	private void print(DriftReport report) {
		if (json()) {
			Map<String, Object> view = new LinkedHashMap<>();
			view.put("version", report.version());
			view.put("differences", report.differences());
			view.put("cannotCheck", report.uncheckable());
			printJson(view);
			return;
		}
		String version = MigrationResult.versionText(report.version());
		if (report.clean()) {
			print("No drift: the database is what its migrations give at version " + version + ".");
		}
		report.differences().forEach((difference) -> print("DRIFT " + difference));
		report.uncheckable().forEach((reason) -> print("CANNOT CHECK " + reason));
	}

}
