package dev.migrator.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import dev.migrator.MigrationResult;
import dev.migrator.Migrator;
import dev.migrator.Migrators;
import dev.migrator.diff.Drift;
import dev.migrator.diff.DriftReport;
import dev.migrator.diff.SetsDriftReport;

@Command(name = "drift", description = "Compare the database with what its applied migrations give (replayed on a"
		+ " scratch database: on the --dev-url server, or an embedded PostgreSQL) and list every difference, such as"
		+ " an index added by hand. Pending migrations are not drift. With several migration sets, every set's"
		+ " applied migrations are replayed in the order the sets run and the database is compared once (--set NAME"
		+ " checks that set alone). Exit 1 when the database drifted.")
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

	/**
	 * The sets share the database: all of them are replayed, in order, and the database
	 * compared once, so another set's objects are not drift and a difference is listed once.
	 */
	@Override
	int runSets(Migrators migrators) {
		SetsDriftReport report = Drift.onScratch(migrators, this.devUrl, this.root.user(), this.root.password());
		print(report);
		return report.clean() ? OK : ErrorHandler.FAILED;
	}

	private void print(SetsDriftReport report) {
		if (json()) {
			Map<String, Object> view = new LinkedHashMap<>();
			view.put("versions", report.versions());
			view.put("differences", report.differences());
			view.put("cannotCheck", report.uncheckable());
			printJson(view);
			return;
		}
		if (report.clean()) {
			print("No drift: the database is what its migrations give at " + versions(report.versions()) + ".");
		}
		report.differences().forEach((difference) -> print("DRIFT " + difference));
		report.uncheckable().forEach((reason) -> print("CANNOT CHECK " + reason));
	}

	private static String versions(Map<String, Long> versions) {
		return versions.entrySet()
			.stream()
			.map((set) -> "version " + MigrationResult.versionText(set.getValue()) + " of set " + set.getKey())
			.collect(Collectors.joining(", "));
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
