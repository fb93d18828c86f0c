package dev.migrator.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import dev.migrator.Plural;
import dev.migrator.lint.Finding;
import dev.migrator.lint.LintConfig;
import dev.migrator.lint.Linter;
import dev.migrator.lint.Severity;
import dev.migrator.source.Location;
import dev.migrator.source.MigrationSet;

@Command(name = "lint", description = "Check migration files for unsafe changes, without a database: the files"
		+ " given, or every file of the locations. Exits 1 when a finding is an error.")
class LintCommand implements Callable<Integer> {

	@ParentCommand
	MigratorCommand root;

	@Spec
	CommandSpec spec;

	@Parameters(arity = "0..*", paramLabel = "FILE", description = "Files to lint (default: the locations).")
	List<Path> files = new ArrayList<>();

	@Option(names = "--severity", paramLabel = "RULE=LEVEL", description = "Override a rule: error, warning or off.")
	Map<String, Severity> severities = new LinkedHashMap<>();

	@Option(names = "--postgres-version", paramLabel = "MAJOR", description = "PostgreSQL major the migrations"
			+ " target (default " + LintConfig.DEFAULT_POSTGRES_MAJOR + ").")
	int postgresMajor = LintConfig.DEFAULT_POSTGRES_MAJOR;

	@Option(names = "--applied-up-to", paramLabel = "VERSION", description = "Lint as over a database at this"
			+ " version (0: an empty one): later files run together, so a table one creates is new for those after"
			+ " it; earlier files are only read for what they created. Default: each file as run on its own after"
			+ " the earlier ones.")
	Long appliedUpTo;

	@Override
	public Integer call() throws IOException {
		this.root.refuseOtherSet(this.spec);
		Linter linter = new Linter(
				LintConfig.builder().severities(this.severities).postgresMajor(this.postgresMajor).build());
		List<Finding> findings = new ArrayList<>();
		if (this.files.isEmpty()) {
			findings.addAll(linter.lint(MigrationSet.load(this.root.locations().stream().map(Location::parse).toList(),
					getClass().getClassLoader()), this.appliedUpTo));
		}
		for (Path file : this.files) {
			String name = file.getFileName().toString();
			findings.addAll(linter.lint(name, Files.readString(file), name.endsWith(".down.sql")));
		}
		print(findings);
		boolean errors = findings.stream().anyMatch((finding) -> finding.severity() == Severity.ERROR);
		return errors ? ErrorHandler.FAILED : MigratorSubcommand.OK;
	}

	private void print(List<Finding> findings) {
		if (this.root.format == OutputFormat.JSON) {
			List<Views.FindingView> view = findings.stream().map(Views.FindingView::of).toList();
			this.root.out().println(Json.write(Map.of("findings", view)));
		}
		else {
			findings.forEach((finding) -> this.root.out().println(finding));
			long errors = findings.stream().filter((finding) -> finding.severity() == Severity.ERROR).count();
			long warnings = findings.size() - errors;
			this.root.out().println(findings.isEmpty() ? "No findings."
					: Plural.of(errors, "error") + ", " + Plural.of(warnings, "warning") + ".");
		}
		this.root.out().flush();
	}

}
