package dev.migrator.maven;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

import dev.migrator.Migrator;

/** Records an existing database as being at {@code version}, running nothing. */
@Mojo(name = "baseline", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class BaselineMojo extends DatabaseMojo {

	/** The version the existing schema corresponds to. */
	@Parameter(property = "migrator.version", required = true)
	Long version;

	@Override
	void run(Migrator migrator) {
		migrator.baseline(this.version);
		print("Baselined at version " + this.version + ".");
	}

}
