package dev.migrator.boot.diagnostics;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

import dev.migrator.DirtyDatabaseException;
import dev.migrator.LockTimeoutException;
import dev.migrator.MigrationFailedException;
import dev.migrator.MigrationSourceException;
import dev.migrator.MigratorException;
import dev.migrator.Problem;
import dev.migrator.SetFailedException;
import dev.migrator.SqlSyntaxException;
import dev.migrator.ValidationException;
import dev.migrator.boot.autoconfigure.MigratorInstanceFailedException;

/**
 * Explains a startup that failed while migrating: where, what the server said, the state
 * the database was left in, and what to do.
 */
class MigratorFailureAnalyzer extends AbstractFailureAnalyzer<MigratorException> {

	/** The CLI against the application's database, whose URL the user gives as for any run. */
	private static final String CLI = "migrator";

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, MigratorException cause) {
		return analyze(rootFailure, cause, CLI);
	}

	/**
	 * @param cli the CLI with the options that reach the failed set, followed in the
	 * actions by the command to run
	 */
	private FailureAnalysis analyze(Throwable rootFailure, MigratorException cause, String cli) {
		if (cause instanceof MigratorInstanceFailedException instance) {
			String instanceCli = instance.cliCommand();
			FailureAnalysis analysis = analyze(rootFailure, instance.getCause(), instanceCli);
			String options = "(those options point the CLI at instance '" + instance.instanceName() + "', set '"
					+ instance.setName() + "'; give the password in MIGRATOR_PASSWORD; a classpath: location is named"
					+ " by its folder under src/main/resources)";
			return new FailureAnalysis("Migrator instance '" + instance.instanceName() + "', migration set '"
					+ instance.setName() + "', failed (the instances and sets before it are migrated, those after it"
					+ " were not started): " + analysis.getDescription(),
					analysis.getAction().contains(instanceCli) ? analysis.getAction() + " " + options
							: analysis.getAction() + " See its state with `" + instanceCli + " status` " + options + ".",
					cause);
		}
		if (cause instanceof SetFailedException set) {
			FailureAnalysis analysis = analyze(rootFailure, set.getCause(), cli);
			return new FailureAnalysis("Migration set '" + set.setName() + "' failed (the sets before it are"
					+ " migrated, those after it were not started): " + analysis.getDescription(),
					analysis.getAction(), cause);
		}
		if (cause instanceof MigrationFailedException failed) {
			return new FailureAnalysis("Migration " + failed.step().version() + " (" + failed.step().description()
					+ ") failed at " + failed.file() + ":" + failed.line() + ":" + failed.column() + "\n\n    ERROR "
					+ failed.sqlState() + ": " + failed.serverMessage() + "\n\n" + failed.outcome(),
					failed.leftDirty() ? dirtyAction(cli) : "Fix the migration file and restart. Run `" + cli
							+ " status` (or GET /actuator/migrations) to see the database's state.",
					cause);
		}
		if (cause instanceof DirtyDatabaseException dirty) {
			return new FailureAnalysis(dirty.getMessage(), dirtyAction(cli), cause);
		}
		if (cause instanceof ValidationException validation && validation.problems()
			.stream()
			.allMatch((problem) -> problem.kind() == Problem.Kind.AHEAD)) {
			return new FailureAnalysis(cause.getMessage(), "This application is an older release than the one that"
					+ " migrated the database. Deploy the newer release, or set migrator.ignore-ahead=true (the"
					+ " default) to let older instances start alongside it.", cause);
		}
		if (cause instanceof ValidationException || cause instanceof MigrationSourceException
				|| cause instanceof SqlSyntaxException) {
			return new FailureAnalysis(cause.getMessage(),
					"Fix the migration files as described; nothing was run, the database is unchanged.", cause);
		}
		if (cause instanceof LockTimeoutException) {
			return new FailureAnalysis(cause.getMessage(),
					"Wait for the other migration to finish, or raise migrator.lock-timeout.", cause);
		}
		return new FailureAnalysis(cause.getMessage(), "Check the database and the migration files.", cause);
	}

	/** A restart alone meets the dirty row again: someone has to resume it or force a version. */
	private static String dirtyAction(String cli) {
		return "A restart alone refuses to run while the migration is dirty. Fix the migration file, then finish it"
				+ " with the CLI against this database (`" + cli + " up --resume`), or declare a"
				+ " MigratorMigrationStrategy bean that runs `migrator.run(Operation.migrate().resuming())` (a resume"
				+ " with nothing dirty runs as a plain migrate), and restart; or decide with `" + cli + " force`"
				+ " as the message says.";
	}

}
