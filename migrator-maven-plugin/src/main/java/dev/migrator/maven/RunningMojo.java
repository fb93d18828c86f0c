package dev.migrator.maven;

import org.apache.maven.plugin.MojoExecutionException;

import dev.migrator.Migrator;
import dev.migrator.Operation;
import dev.migrator.report.ResultText;

/** A goal that applies or rolls back migrations and reports what ran. */
abstract class RunningMojo extends DatabaseMojo {

	@Override
	void run(Migrator migrator) throws MojoExecutionException {
		Operation operation = operation();
		print(ResultText.of(operation, migrator.run(operation)));
	}

	abstract Operation operation() throws MojoExecutionException;

	/** A number of migrations, refusing zero and negatives rather than letting them reach the engine. */
	static int count(String parameter, long count) throws MojoExecutionException {
		if (count < 1 || count > Integer.MAX_VALUE) {
			throw new MojoExecutionException("'" + count + "' is not a number of migrations (1 or more) for " + parameter);
		}
		return (int) count;
	}

}
