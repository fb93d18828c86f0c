package dev.migrator.maven;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

import dev.migrator.Operation;

/** Applies or rolls back migrations until {@code version} is the current one. */
@Mojo(name = "goto", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class GotoMojo extends RunningMojo {

	/** The version to go to. */
	@Parameter(property = "migrator.version", required = true)
	Long version;

	@Override
	Operation operation() {
		return Operation.gotoVersion(this.version);
	}

}
