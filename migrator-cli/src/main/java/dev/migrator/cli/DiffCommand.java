package dev.migrator.cli;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import dev.migrator.MigratorConfig;
import dev.migrator.diff.DesiredSchema;
import dev.migrator.diff.DiffOptions;
import dev.migrator.diff.DiffReport;
import dev.migrator.diff.MigrationDiff;
import dev.migrator.diff.Rename;
import dev.migrator.generate.MigrationWriter;
import dev.migrator.generate.VersionScheme;
import dev.migrator.source.Location;
import dev.migrator.verify.ScratchDatabase;

@Command(name = "diff", description = "Compare the schema the migrations give with a desired schema in SQL (--to),"
		+ " both built on scratch databases (on the --url server, or an embedded PostgreSQL), and write the migration"
		+ " between them once it lints clean and reverses. With --check, only report: exit 1 when they differ.")
class DiffCommand implements Callable<Integer> {

	@ParentCommand
	MigratorCommand root;

	@Spec
	CommandSpec spec;

	@Parameters(paramLabel = "NAME", arity = "0..1", description = "snake_case name of the migration to write.")
	String name;

	@Option(names = "--to", required = true, paramLabel = "FILE", split = ",",
			description = "The desired schema: SQL file(s), applied in the order given.")
	List<Path> desired;

	@Option(names = "--check", description = "Write nothing; exit 1 when the desired schema differs from the migrations'.")
	boolean check;

	@Option(names = "--allow-drop", description = "Drop the tables, columns and other objects that hold data and"
			+ " are not in the desired schema (refused otherwise).")
	boolean allowDrop;

	@Option(names = "--expand-contract", description = "Make a type change that rewrites the table as three pairs:"
			+ " a new column kept in step by a trigger, a backfill in committed batches, and the swap under the old name"
			+ " (the old column is dropped with --allow-drop, kept as COLUMN_old otherwise).")
	boolean expandContract;

	@Option(names = "--rename", paramLabel = "OLD=NEW", description = "What was renamed, not dropped and added again:"
			+ " orders.status=state (a column), orders=purchases (a table), billing.invoices.number=code; repeatable.")
	List<String> renames = new ArrayList<>();

	@Option(names = "--dir", description = "Folder to write to (default: the first --locations folder, or db/migrations).")
	Path directory;

	@Option(names = "--timestamp", description = "Number by UTC timestamp (yyyyMMddHHmmss) instead of the folder's convention.")
	boolean timestamp;

	@Override
	public Integer call() throws Exception {
		this.root.refuseOtherSet(this.spec);
		if (!this.check && this.name == null) {
			throw new ParameterException(this.spec.commandLine(), "Name the migration to write (or pass --check).");
		}
		DiffOptions options = options();
		String url = this.root.url();
		try (ScratchDatabase current = (url != null) ? ScratchDatabase.on(url, this.root.user(), this.root.password())
				: ScratchDatabase.embedded(); ScratchDatabase desiredDatabase = current.another()) {
			MigrationDiff diff = new MigrationDiff(MigratorCommand.build(this.spec,
					this.root.options(this.spec, MigratorConfig.builder().dataSource(current.dataSource()))),
					desiredDatabase.dataSource(), options);
			DiffReport report = this.check ? diff.compare(DesiredSchema.sql(this.desired))
					: diff.write(DesiredSchema.sql(this.desired), this.name,
					new MigrationWriter(directory(), this.timestamp ? VersionScheme.TIMESTAMP : VersionScheme.AUTO,
							Clock.systemUTC()));
			print(report);
			boolean done = this.check ? report.upToDate() : (report.upToDate() || !report.written().isEmpty());
			return done ? MigratorSubcommand.OK : ErrorHandler.FAILED;
		}
	}

	private DiffOptions options() {
		try {
			return new DiffOptions(this.allowDrop, this.renames.stream().map(Rename::parse).toList(),
					this.expandContract);
		}
		catch (IllegalArgumentException ex) {
			throw new ParameterException(this.spec.commandLine(), ex.getMessage());
		}
	}

	private void print(DiffReport report) {
		if (this.root.format == OutputFormat.JSON) {
			Map<String, Object> view = new LinkedHashMap<>();
			view.put("upToDate", report.upToDate());
			view.put("differences", report.differences());
			view.put("refused", report.plan().refusals().stream().map(Object::toString).toList());
			view.put("warnings", report.plan().warnings());
			view.put("findings", report.findings());
			view.put("verifyFailures", report.verifyFailures());
			view.put("written", report.written().stream().flatMap((pair) -> List.of(pair.up().toString(),
					pair.down().toString()).stream()).toList());
			this.root.out().println(Json.write(view));
		}
		else {
			if (report.upToDate()) {
				this.root.out().println("No differences: the migrations give the desired schema.");
			}
			report.differences().forEach((difference) -> this.root.out().println("DIFF " + difference));
			report.plan().refusals().forEach((refusal) -> this.root.out().println("REFUSED " + refusal));
			report.plan().warnings().forEach((warning) -> this.root.out().println("WARNING " + warning));
			report.findings().forEach(this.root.out()::println);
			report.verifyFailures().forEach((failure) -> this.root.out().println("VERIFY " + failure));
			report.written().forEach((pair) -> {
				this.root.out().println(pair.up());
				this.root.out().println(pair.down());
			});
			if (!this.check && !report.upToDate() && report.written().isEmpty()) {
				this.root.out().println("Nothing written: see above.");
			}
		}
		this.root.out().flush();
	}

	private Path directory() {
		if (this.directory != null) {
			return this.directory;
		}
		Location location = Location.parse(this.root.locations().get(0));
		return location.classpath() ? Paths.get("src/main/resources", location.path()) : Paths.get(location.path());
	}

}
