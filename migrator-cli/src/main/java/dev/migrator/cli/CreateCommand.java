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
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import dev.migrator.generate.ColumnSpec;
import dev.migrator.generate.GeneratedMigration;
import dev.migrator.generate.MigrationGenerator;
import dev.migrator.generate.MigrationRequest;
import dev.migrator.generate.ModelClass;
import dev.migrator.generate.VersionScheme;
import dev.migrator.lint.Finding;
import dev.migrator.lint.LintConfig;
import dev.migrator.source.Location;

@Command(name = "create", description = "Write a new up/down pair from a template, numbered by the folder's"
		+ " convention, and lint it. Kinds: blank, create-table, add-column, add-not-null-column, add-index,"
		+ " add-foreign-key, add-check-constraint, rename-column, change-column-type, or your own (--templates)."
		+ " --on-table names the table it changes. With create-table, --entity or --record also writes a class"
		+ " mapped to the new table.")
class CreateCommand implements Callable<Integer> {

	@ParentCommand
	MigratorCommand root;

	@Spec
	CommandSpec spec;

	@Parameters(paramLabel = "NAME", description = "snake_case name, e.g. add_orders_status")
	String name;

	@Option(names = "--on-table", paramLabel = "TABLE", description = "The table the new migration changes.")
	String onTable;

	@Option(names = "--kind", defaultValue = "blank", description = "Template kind (default: blank).")
	String kind;

	@Option(names = "--column", paramLabel = "SPEC",
			description = "name:type[:not-null][:default=VALUE][:references=TABLE(COLUMN)]; repeatable.")
	List<String> columns = new ArrayList<>();

	@Option(names = "--index", split = ",", paramLabel = "COLUMN", description = "Columns of the index (add-index).")
	List<String> indexColumns = new ArrayList<>();

	@Option(names = "--unique", description = "A unique index (add-index).")
	boolean unique;

	@Option(names = "--concurrently", description = "Build the index concurrently, outside a transaction (add-index).")
	boolean concurrently;

	@Option(names = "--check", description = "The check expression (add-check-constraint).")
	String check;

	@Option(names = "--new-name", description = "The column's new name (rename-column).")
	String newName;

	@Option(names = "--new-type", description = "The column's new type (change-column-type).")
	String newType;

	@Option(names = "--dir", description = "Folder to write to (default: the first --locations folder, or db/migrations).")
	Path directory;

	@Option(names = "--templates", description = "Folder of your own templates: KIND.up.sql and KIND.down.sql.")
	Path templates;

	@Option(names = "--entity", paramLabel = "CLASS",
			description = "With create-table: also write a JPA entity of this fully qualified name, e.g. com.acme.Order.")
	String entity;

	@Option(names = "--record", paramLabel = "CLASS",
			description = "With create-table: also write a Java record with a Spring JDBC RowMapper of this name.")
	String record;

	@Option(names = "--java-dir", paramLabel = "DIR",
			description = "Source folder of the --entity or --record class (default: src/main/java).")
	Path javaDirectory;

	@Option(names = "--timestamp", description = "Number by UTC timestamp (yyyyMMddHHmmss) instead of the folder's convention.")
	boolean timestamp;

	@Override
	public Integer call() {
		this.root.refuseOtherSet(this.spec);
		if (this.onTable == null && !this.kind.equals("blank")) {
			throw new ParameterException(this.spec.commandLine(), "create --kind " + this.kind
					+ " needs --on-table TABLE, the table it changes (--table names the history table)");
		}
		ModelClass modelClass = modelClass();
		MigrationGenerator generator = new MigrationGenerator(directory(), this.templates,
				this.timestamp ? VersionScheme.TIMESTAMP : VersionScheme.AUTO, Clock.systemUTC(), LintConfig.defaults());
		MigrationRequest request = new MigrationRequest(this.name, this.kind, this.onTable,
				this.columns.stream().map(ColumnSpec::parse).toList(), this.indexColumns, this.unique, this.concurrently,
				this.check, this.newName, this.newType);
		GeneratedMigration generated = generator.generate(request, modelClass);
		if (this.root.format == OutputFormat.JSON) {
			Map<String, Object> view = new LinkedHashMap<>();
			view.put("version", generated.version());
			view.put("up", generated.up().toString());
			view.put("down", generated.down().toString());
			if (generated.modelClass() != null) {
				view.put("modelClass", generated.modelClass().toString());
			}
			view.put("findings", generated.findings());
			this.root.out().println(Json.write(view));
		}
		else {
			this.root.out().println(generated.up());
			this.root.out().println(generated.down());
			if (generated.modelClass() != null) {
				this.root.out().println(generated.modelClass());
			}
			for (Finding finding : generated.findings()) {
				this.root.out().println(finding);
			}
		}
		this.root.out().flush();
		return MigratorSubcommand.OK;
	}

	/** The class to write with the pair: refused, as a usage error, where it cannot go with the request. */
	private ModelClass modelClass() {
		if (this.entity != null && this.record != null) {
			throw new ParameterException(this.spec.commandLine(), "create takes --entity or --record, not both");
		}
		if (this.entity == null && this.record == null) {
			if (this.javaDirectory != null) {
				throw new ParameterException(this.spec.commandLine(), "--java-dir goes with --entity or --record");
			}
			return null;
		}
		if (!this.kind.equals("create-table")) {
			throw new ParameterException(this.spec.commandLine(), (this.entity != null ? "--entity" : "--record")
					+ " goes with --kind create-table, the migration that creates the class's table");
		}
		return (this.entity != null) ? ModelClass.entity(this.entity, this.javaDirectory)
				: ModelClass.record(this.record, this.javaDirectory);
	}

	private Path directory() {
		if (this.directory != null) {
			return this.directory;
		}
		Location location = Location.parse(this.root.locations().get(0));
		return location.classpath() ? Paths.get("src/main/resources", location.path()) : Paths.get(location.path());
	}

}
