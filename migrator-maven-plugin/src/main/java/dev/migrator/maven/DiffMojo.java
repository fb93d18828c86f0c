package dev.migrator.maven;

import java.io.File;
import java.time.Clock;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

import dev.migrator.diff.DesiredSchema;
import dev.migrator.diff.DiffReport;
import dev.migrator.diff.MigrationDiff;
import dev.migrator.generate.MigrationWriter;
import dev.migrator.generate.VersionScheme;

/**
 * Writes the migration from the schema the migrations give to the desired one (the
 * project's entities after {@code compile}, or {@code to} SQL files), once it lints clean
 * and reverses. Fails the build when nothing could be written.
 */
@Mojo(name = "diff", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class DiffMojo extends SchemaDiffMojo {

	/** snake_case name of the migration to write. */
	@Parameter(property = "name", required = true)
	String name;

	/** Folder to write to (default: the first location's folder in the project). */
	@Parameter(property = "migrator.dir")
	File dir;

	/** Number by UTC timestamp (yyyyMMddHHmmss) instead of the folder's convention. */
	@Parameter(property = "migrator.timestamp", defaultValue = "false")
	boolean timestamp;

	@Override
	DiffReport diff(MigrationDiff diff, DesiredSchema desired) throws MojoExecutionException {
		return diff.write(desired, this.name, new MigrationWriter(directory(this.dir),
				this.timestamp ? VersionScheme.TIMESTAMP : VersionScheme.AUTO, Clock.systemUTC()));
	}

	@Override
	boolean done(DiffReport report) {
		return report.upToDate() || !report.written().isEmpty();
	}

	@Override
	String goal() {
		return "diff";
	}

}
