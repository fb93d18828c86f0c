package dev.migrator.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import dev.migrator.MigrationListener;
import dev.migrator.Migrator;

/**
 * What every command shares: the root's options, the output streams and the format.
 */
abstract class MigratorSubcommand implements Callable<Integer> {

	static final int OK = 0;

	@ParentCommand
	MigratorCommand root;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() {
		return run(this.root.migrator(this.spec, listener()));
	}

	abstract int run(Migrator migrator);

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
