package dev.migrator.maven;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

import dev.migrator.Migrator;

/**
 * Records {@code version} as current and clears the dirty flag, running nothing (-1: no
 * version). Use after fixing a failed migration by hand.
 */
@Mojo(name = "force", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class ForceMojo extends DatabaseMojo {

	/** The version the schema is at. */
	@Parameter(property = "migrator.version", required = true)
	Long version;

	@Override
	void run(Migrator migrator) {
		migrator.force(this.version);
		print("Forced version " + this.version + ".");
	}

}
