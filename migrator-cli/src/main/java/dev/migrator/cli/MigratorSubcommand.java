package dev.migrator.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import dev.migrator.MigrationListener;
import dev.migrator.Migrator;
import dev.migrator.Migrators;
import dev.migrator.SetDefinition;

/**
 * What every command shares: the root's options, the output streams and the format.
 */
abstract class MigratorSubcommand implements Callable<Integer> {

	static final int OK = 0;

	@ParentCommand
	MigratorCommand root;

	@Spec
	CommandSpec spec;

	/**
	 * Runs on the set --set names; without it, on every set (for the commands that
	 * {@linkplain #runSets handle several}) or on the application's.
	 */
	@Override
	public Integer call() {
		Migrators migrators = this.root.migrators(this.spec, listener());
		Migrator selected = this.root.selectedSet(this.spec, migrators);
		if (selected != null) {
			return run(selected);
		}
		if (migrators.names().size() == 1) {
			return run(migrators.migrator(SetDefinition.APP));
		}
		return runSets(migrators);
	}

	abstract int run(Migrator migrator);

	/** Runs on several sets; a command that concerns one set runs on the application's. */
	int runSets(Migrators migrators) {
		return run(migrators.migrator(SetDefinition.APP));
	}

	/** Who hears of each migration as it runs; only commands that run migrations have someone to tell. */
	MigrationListener listener() {
		return MigrationListener.NONE;
	}

	boolean json() {
		return this.root.format == OutputFormat.JSON;
	}

	void print(String text) {
		this.root.out().println(text);
		this.root.out().flush();
	}

	void printJson(Object value) {
		print(Json.write(value));
	}

}
