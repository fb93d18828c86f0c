package dev.migrator.maven;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

import org.apache.maven.artifact.Artifact;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

import dev.migrator.MigratorConfig;
import dev.migrator.diff.DesiredSchema;
import dev.migrator.diff.DiffOptions;
import dev.migrator.diff.DiffReport;
import dev.migrator.diff.MigrationDiff;
import dev.migrator.diff.Rename;
import dev.migrator.verify.ScratchDatabase;

/**
 * Compares the schema the migrations give with the desired one, both built on scratch
 * databases (on the configured server, or an embedded PostgreSQL): the project's entities
 * by default, or SQL files given in {@code to}.
 */
abstract class SchemaDiffMojo extends AbstractMigratorMojo {

	/** The desired schema as SQL file(s), applied in the order given (default: the project's entities). */
	@Parameter(property = "migrator.to")
	List<File> to = new ArrayList<>();

	/**
	 * The Spring Boot application class whose entities make the desired schema (default: the
	 * {@code @SpringBootApplication} class found in the project's classes).
	 */
	@Parameter(property = "migrator.application")
	String application;

	/**
	 * Drop the tables, columns and other objects that hold data and are not in the desired
	 * schema (refused otherwise).
	 */
	@Parameter(property = "migrator.allowDrop", defaultValue = "false")
	boolean allowDrop;

	/**
	 * What was renamed, not dropped and added again: orders.status=state (a column),
	 * orders=purchases (a table), billing.invoices.number=code.
	 */
	@Parameter(property = "migrator.rename")
	List<String> renames = new ArrayList<>();

	@Parameter(defaultValue = "${plugin.artifacts}", readonly = true)
	List<Artifact> pluginArtifacts = new ArrayList<>();

	/** Compares the two schemas, or writes the migration between them. */
	abstract DiffReport diff(MigrationDiff diff, DesiredSchema desired) throws MojoExecutionException;

	/** Whether the goal did what was asked; otherwise the report fails the build. */
	abstract boolean done(DiffReport report);

	@Override
	final void run() throws MojoExecutionException, MojoFailureException {
		refuseOtherSet(goal());
		DiffOptions options = options();
		DesiredSchema desired = desired();
		ScratchDatabase current = scratchDatabase();
		DiffReport report;
		try {
			ScratchDatabase desiredDatabase = current.another();
			try {
				MigrationDiff diff = new MigrationDiff(build(options(MigratorConfig.builder().dataSource(current.dataSource()))),
						desiredDatabase.dataSource(), options);
				report = diff(diff, desired);
			}
			finally {
				drop(desiredDatabase);
			}
		}
		finally {
			drop(current);
		}
		String text = text(report);
		if (!done(report)) {
			throw new MojoFailureException(text);
		}
		print(text);
	}

	abstract String goal();

	private DesiredSchema desired() throws MojoExecutionException {
		if (!this.to.isEmpty()) {
			return DesiredSchema.sql(this.to.stream().map((file) -> basedir().resolve(file.toPath())).toList());
		}
		return EntitiesSchema.load(runtimeClassPath(), this.project.getArtifacts(), this.pluginArtifacts, this.application,
				basedir().resolve(this.project.getBuild().getOutputDirectory()));
	}

	private DiffOptions options() throws MojoExecutionException {
		try {
			return new DiffOptions(this.allowDrop, this.renames.stream().map(Rename::parse).toList());
		}
		catch (IllegalArgumentException ex) {
			throw new MojoExecutionException(ex.getMessage(), ex);
		}
	}

	/** The report as the CLI's diff prints it. */
	private String text(DiffReport report) {
		StringJoiner text = new StringJoiner("\n");
		if (report.upToDate()) {
			text.add("No differences: the migrations give the desired schema.");
		}
		report.differences().forEach((difference) -> text.add("DIFF " + difference));
		report.plan().refusals().forEach((refusal) -> text.add("REFUSED " + refusal));
		report.plan().warnings().forEach((warning) -> text.add("WARNING " + warning));
		report.findings().forEach((finding) -> text.add(finding.toString()));
		report.verifyFailures().forEach((failure) -> text.add("VERIFY " + failure));
		report.written().forEach((pair) -> {
			text.add(pair.up().toString());
			text.add(pair.down().toString());
		});
		if (!report.upToDate() && report.written().isEmpty() && goal().equals("diff")) {
			text.add("Nothing written: see above.");
		}
		return text.toString();
	}

}
