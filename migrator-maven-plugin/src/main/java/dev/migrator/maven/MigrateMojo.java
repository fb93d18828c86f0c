package dev.migrator.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

import dev.migrator.Migrators;
import dev.migrator.Operation;
import dev.migrator.report.ResultText;

/** Applies pending migrations: all of them (every set in order), or the next {@code count}. The CLI's up. */
@Mojo(name = "migrate", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class MigrateMojo extends RunningMojo {

	/** How many pending migrations to apply (default: all). */
	@Parameter(property = "migrator.count")
	Integer count;

	/** First finish a non-transactional migration that stopped part way, from its first statement not done. */
	@Parameter(property = "migrator.resume", defaultValue = "false")
	boolean resume;

	/** Without a set, migrate runs every set in order; a count of migrations concerns one set. */
	@Override
	void runSets(Migrators migrators) throws MojoExecutionException {
		if (this.count != null) {
			throw new MojoExecutionException("A count of " + this.count + " migrations concerns one set; say which"
					+ " with -Dmigrator.set=NAME (the sets are " + migrators.names() + ")");
		}
		Operation operation = operation();
		migrators.run(operation).forEach((name, result) -> {
			print("Set " + name + ":");
			print(ResultText.of(operation, result));
		});
	}

	@Override
	Operation operation() throws MojoExecutionException {
		Operation operation = (this.count != null) ? Operation.up(count("count", this.count)) : Operation.migrate();
		return this.resume ? operation.resuming() : operation;
	}

}
