package dev.migrator.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

import dev.migrator.Operation;

/** Rolls back the {@code count} highest applied migrations (default 1). */
@Mojo(name = "down", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class DownMojo extends RunningMojo {

	/** How many migrations to roll back. */
	@Parameter(property = "migrator.count", defaultValue = "1")
	Integer count = 1;

	@Override
	Operation operation() throws MojoExecutionException {
		return Operation.down(count("count", this.count));
	}

}
