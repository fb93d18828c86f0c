package dev.migrator.cli;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import org.postgresql.ds.PGSimpleDataSource;

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
import dev.migrator.diff.Refusal;
import dev.migrator.diff.Rename;
import dev.migrator.generate.MigrationWriter;
import dev.migrator.generate.VersionScheme;
import dev.migrator.schema.Schema;
import dev.migrator.source.Location;
import dev.migrator.verify.ScratchDatabase;

@Command(name = "diff", description = "Compare the schema the migrations give with a desired schema, in SQL (--to)"
		+ " or a live database (--to-url), and write the migration between them once it lints clean and reverses."
		+ " The migrations (and the SQL) are applied to scratch databases, on the --url server or an embedded"
		+ " PostgreSQL. On a terminal, asks whether a dropped column or table that looks renamed was. With --check,"
		+ " only report: exit 1 when they differ.")
class DiffCommand implements Callable<Integer> {

	@ParentCommand
	MigratorCommand root;

	@Spec
	CommandSpec spec;

	@Parameters(paramLabel = "NAME", arity = "0..1", description = "snake_case name of the migration to write.")
	String name;

	@Option(names = "--to", paramLabel = "FILE", split = ",",
			description = "The desired schema: SQL file(s), applied in the order given.")
	List<Path> desiredFiles;

	@Option(names = "--to-url", paramLabel = "URL",
			description = "The desired schema: a live database, read as it is (nothing in it is changed).")
	String desiredUrl;

	@Option(names = "--to-user", paramLabel = "USER", description = "User of --to-url (default: --user).")
	String desiredUser;

	@Option(names = "--to-password", paramLabel = "PASSWORD", description = "Password of --to-url (default: --password).")
	String desiredPassword;

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
		DesiredSchema desired = desired();
		DiffOptions options = options();
		String url = this.root.url();
		try (ScratchDatabase current = ScratchDatabase.onOrEmbedded(url, this.root.user(),
				this.root.password()); ScratchDatabase desiredDatabase = current.another()) {
			MigratorConfig config = MigratorCommand.build(this.spec,
					this.root.options(this.spec, MigratorConfig.builder().dataSource(current.dataSource())));
			if (asks()) {
				desired = readOnce(desired);
				options = withConfirmedRenames(options,
						new MigrationDiff(config, desiredDatabase.dataSource(), options).compare(desired));
			}
			MigrationDiff diff = new MigrationDiff(config, desiredDatabase.dataSource(), options);
			DiffReport report = this.check ? diff.compare(desired)
					: diff.write(desired, this.name, new MigrationWriter(directory(),
							this.timestamp ? VersionScheme.TIMESTAMP : VersionScheme.AUTO, Clock.systemUTC()));
			print(report);
			boolean done = this.check ? report.upToDate() : (report.upToDate() || !report.written().isEmpty());
			return done ? MigratorSubcommand.OK : ErrorHandler.FAILED;
		}
	}

	/** The SQL files of --to, or the live database of --to-url: exactly one of them. */
	private DesiredSchema desired() {
		if ((this.desiredFiles == null) == (this.desiredUrl == null)) {
			throw new ParameterException(this.spec.commandLine(), (this.desiredFiles == null)
					? "Give the desired schema: --to FILE (SQL) or --to-url URL (a live database)."
					: "Give one desired schema: --to FILE or --to-url URL, not both.");
		}
		if (this.desiredUrl == null) {
			if (this.desiredUser != null || this.desiredPassword != null) {
				throw new ParameterException(this.spec.commandLine(), "--to-user and --to-password go with --to-url.");
			}
			return DesiredSchema.sql(this.desiredFiles);
		}
		PGSimpleDataSource database = new PGSimpleDataSource();
		try {
			database.setUrl(this.desiredUrl);
		}
		catch (IllegalArgumentException ex) {
			// the URL is not echoed: it may carry a password
			throw new ParameterException(this.spec.commandLine(),
					"Invalid --to-url: expected jdbc:postgresql://host:5432/db");
		}
		database.setUser((this.desiredUser != null) ? this.desiredUser : this.root.user());
		database.setPassword((this.desiredPassword != null) ? this.desiredPassword : this.root.password());
		return DesiredSchema.database(database);
	}

	/** Whether a person may be asked about renames: on a terminal, writing, and reading text. */
	private boolean asks() {
		return !this.check && this.root.format != OutputFormat.JSON && this.root.terminal.getAsBoolean();
	}

	/**
	 * Asks of each rename that would explain a refused drop whether it happened, and adds those
	 * answered yes; an object renamed (or a name taken) is not asked about again.
	 */
	private DiffOptions withConfirmedRenames(DiffOptions options, DiffReport first) {
		List<Rename> renames = new ArrayList<>(options.renames());
		Set<String> decided = new HashSet<>();
		for (Refusal refusal : first.plan().refusals()) {
			for (Rename candidate : refusal.renames()) {
				if (decided.contains(candidate.oldName()) || decided.contains(candidate.newName())) {
					continue;
				}
				if (Prompt.yes(this.root.prompt.ask("Was " + candidate.oldName() + " renamed to "
						+ candidate.newName() + "? [y/N]"))) {
					renames.add(candidate);
					decided.add(candidate.oldName());
					decided.add(candidate.newName());
				}
			}
		}
		return new DiffOptions(options.allowDrop(), renames);
	}

	/** The desired schema read once: a second read gives the first's (SQL cannot be applied twice). */
	private static DesiredSchema readOnce(DesiredSchema desired) {
		Map<Set<String>, Schema> read = new HashMap<>();
		return (scratch, excludedTables) -> read.computeIfAbsent(excludedTables,
				(tables) -> desired.read(scratch, tables));
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
			view.put("findings", report.findings().stream().map(Views.FindingView::of).toList());
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
