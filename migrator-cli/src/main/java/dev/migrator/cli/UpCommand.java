package dev.migrator.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

import dev.migrator.Migrators;
import dev.migrator.Operation;

@Command(name = "up", description = "Apply pending migrations: all of them, or the next N.")
class UpCommand extends RunningCommand {

	@Parameters(arity = "0..1", paramLabel = "N", converter = Counts.class,
			description = "How many pending migrations to apply.")
	Integer count;

	@Option(names = "--resume",
			description = "First finish a non-transactional migration that stopped part way, from its first statement not done.")
	boolean resume;

	/** Without --set, {@code up} migrates every set in order; a count of migrations concerns one set. */
	@Override
	int runSets(Migrators migrators) {
		if (this.count != null) {
			throw new ParameterException(this.spec.commandLine(), "up " + this.count + " counts the migrations of one"
					+ " set; say which with --set NAME (the sets are " + migrators.names() + ")");
		}
		return runOnEverySet(migrators);
	}

	@Override
	Operation operation() {
		Operation operation = (this.count != null) ? Operation.up(this.count) : Operation.migrate();
		return this.resume ? operation.resuming() : operation;
	}

}
