package dev.migrator.maven;

import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

import dev.migrator.diff.DesiredSchema;
import dev.migrator.diff.DiffReport;
import dev.migrator.diff.MigrationDiff;

/**
 * Fails the build when the desired schema (the project's entities, or {@code to} SQL files)
 * and the schema the migrations give disagree, listing the differences. Writes nothing; bind
 * it to {@code verify} to hold every build to it.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, requiresDependencyResolution = ResolutionScope.RUNTIME,
		threadSafe = true)
public class CheckMojo extends SchemaDiffMojo {

	@Override
	DiffReport diff(MigrationDiff diff, DesiredSchema desired) {
		return diff.compare(desired);
	}

	@Override
	boolean done(DiffReport report) {
		return report.upToDate();
	}

	@Override
	String goal() {
		return "check";
	}

}
