package dev.migrator.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;

import dev.migrator.Migrator;
import dev.migrator.Migrators;
import dev.migrator.SetDefinition;

/**
 * A goal that works on the database: on the set {@code set} names; without it, on every set
 * (for the goals that {@linkplain #runSets handle several}) or on the application's.
 */
abstract class DatabaseMojo extends AbstractMigratorMojo {

	@Override
	final void run() throws MojoExecutionException, MojoFailureException {
		Migrators migrators = migrators();
		if (this.set != null) {
			run(selected(migrators));
		}
		else if (migrators.names().size() == 1) {
			run(migrators.migrator(SetDefinition.APP));
		}
		else {
			runSets(migrators);
		}
	}

	abstract void run(Migrator migrator) throws MojoExecutionException, MojoFailureException;

	/** Runs on several sets; a goal that concerns one set runs on the application's. */
	void runSets(Migrators migrators) throws MojoExecutionException, MojoFailureException {
		run(migrators.migrator(SetDefinition.APP));
	}

	private Migrator selected(Migrators migrators) throws MojoExecutionException {
		try {
			return migrators.migrator(this.set);
		}
		catch (IllegalArgumentException ex) {
			throw new MojoExecutionException(ex.getMessage(), ex);
		}
	}

}
