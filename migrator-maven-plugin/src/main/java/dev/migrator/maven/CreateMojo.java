package dev.migrator.maven;

import java.io.File;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import dev.migrator.generate.ColumnSpec;
import dev.migrator.generate.GeneratedMigration;
import dev.migrator.generate.MigrationGenerator;
import dev.migrator.generate.MigrationRequest;
import dev.migrator.generate.ModelClass;
import dev.migrator.generate.VersionScheme;
import dev.migrator.lint.LintConfig;

/**
 * Writes a new up/down pair from a template, numbered by the folder's convention, and lints
 * it. Kinds: blank, create-table, add-column, add-not-null-column, add-index,
 * add-foreign-key, add-check-constraint, rename-column, change-column-type, or your own
 * ({@code templates}). {@code onTable} names the table it changes. With create-table,
 * {@code entity} or {@code record} also writes a class mapped to the new table.
 */
@Mojo(name = "create", threadSafe = true)
public class CreateMojo extends AbstractMigratorMojo {

	/** snake_case name, e.g. add_orders_status. */
	@Parameter(property = "name", required = true)
	String name;

	/** Template kind (default: blank). */
	@Parameter(property = "migrator.kind", defaultValue = "blank")
	String kind = "blank";

	/** The table the new migration changes. */
	@Parameter(property = "migrator.onTable")
	String onTable;

	/** Columns: name:type[:not-null][:default=VALUE][:references=TABLE(COLUMN)]. */
	@Parameter(property = "migrator.columns")
	List<String> columns = new ArrayList<>();

	/** Columns of the index (add-index). */
	@Parameter(property = "migrator.index")
	List<String> index = new ArrayList<>();

	/** A unique index (add-index). */
	@Parameter(property = "migrator.unique", defaultValue = "false")
	boolean unique;

	/** Build the index concurrently, outside a transaction (add-index). */
	@Parameter(property = "migrator.concurrently", defaultValue = "false")
	boolean concurrently;

	/** The check expression (add-check-constraint). */
	@Parameter(property = "migrator.check")
	String check;

	/** The column's new name (rename-column). */
	@Parameter(property = "migrator.newName")
	String newName;

	/** The column's new type (change-column-type). */
	@Parameter(property = "migrator.newType")
	String newType;

	/** Folder to write to (default: the first location's folder in the project, src/main/resources/db/migrations). */
	@Parameter(property = "migrator.dir")
	File dir;

	/** Folder of your own templates: KIND.up.sql and KIND.down.sql. */
	@Parameter(property = "migrator.templates")
	File templates;

	/** Number by UTC timestamp (yyyyMMddHHmmss) instead of the folder's convention. */
	@Parameter(property = "migrator.timestamp", defaultValue = "false")
	boolean timestamp;

	/** With create-table: also write a JPA entity of this fully qualified name, e.g. com.acme.Order. */
	@Parameter(property = "migrator.entity")
	String entity;

	/** With create-table: also write a Java record with a Spring JDBC RowMapper of this name. */
	@Parameter(property = "migrator.record")
	String record;

	/** Source folder of the entity or record class. */
	@Parameter(property = "migrator.javaDir", defaultValue = "${project.basedir}/src/main/java")
	File javaDir;

	@Override
	void run() throws MojoExecutionException {
		refuseOtherSet("create");
		if (this.onTable == null && !this.kind.equals("blank")) {
			throw new MojoExecutionException("create with kind " + this.kind
					+ " needs onTable (-Dmigrator.onTable=TABLE), the table it changes");
		}
		ModelClass modelClass = modelClass();
		MigrationGenerator generator = new MigrationGenerator(directory(this.dir),
				(this.templates != null) ? this.templates.toPath() : null,
				this.timestamp ? VersionScheme.TIMESTAMP : VersionScheme.AUTO, Clock.systemUTC(), LintConfig.defaults());
		MigrationRequest request = new MigrationRequest(this.name, this.kind, this.onTable,
				this.columns.stream().map(ColumnSpec::parse).toList(), this.index, this.unique, this.concurrently,
				this.check, this.newName, this.newType);
		GeneratedMigration generated = generator.generate(request, modelClass);
		StringJoiner text = new StringJoiner("\n");
		text.add(generated.up().toString());
		text.add(generated.down().toString());
		if (generated.modelClass() != null) {
			text.add(generated.modelClass().toString());
		}
		generated.findings().forEach((finding) -> text.add(finding.toString()));
		print(text.toString());
	}

	/** The class to write with the pair, refused where it cannot go with the request. */
	private ModelClass modelClass() throws MojoExecutionException {
		if (this.entity != null && this.record != null) {
			throw new MojoExecutionException("create takes entity or record (-Dmigrator.entity, -Dmigrator.record),"
					+ " not both");
		}
		if (this.entity == null && this.record == null) {
			return null;
		}
		if (!this.kind.equals("create-table")) {
			throw new MojoExecutionException((this.entity != null ? "entity" : "record")
					+ " goes with kind create-table (-Dmigrator.kind=create-table), the migration that creates the"
					+ " class's table");
		}
		Path sourceDirectory = (this.javaDir != null) ? this.javaDir.toPath() : basedir().resolve("src/main/java");
		return (this.entity != null) ? ModelClass.entity(this.entity, sourceDirectory)
				: ModelClass.record(this.record, sourceDirectory);
	}

}
