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

/**
 * Explains a startup that failed while migrating: where, what the server said, the state
 * the database was left in, and what to do.
 */
class MigratorFailureAnalyzer extends AbstractFailureAnalyzer<MigratorException> {

	/** A restart alone meets the dirty row again: someone has to resume it or force a version. */
	private static final String DIRTY_ACTION = "A restart alone refuses to run while the migration is dirty. Fix"
			+ " the migration file, then finish it with the CLI against this database (`migrator up --resume`), or"
			+ " declare a MigratorMigrationStrategy bean that runs `migrator.run(Operation.migrate().resuming())`"
			+ " (a resume with nothing dirty runs as a plain migrate), and restart; or decide with `migrator force`"
			+ " as the message says.";

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, MigratorException cause) {
		if (cause instanceof SetFailedException set) {
			FailureAnalysis analysis = analyze(rootFailure, set.getCause());
			return new FailureAnalysis("Migration set '" + set.setName() + "' failed (the sets before it are"
					+ " migrated, those after it were not started): " + analysis.getDescription(),
					analysis.getAction(), cause);
		}
		if (cause instanceof MigrationFailedException failed) {
			return new FailureAnalysis("Migration " + failed.step().version() + " (" + failed.step().description()
					+ ") failed at " + failed.file() + ":" + failed.line() + ":" + failed.column() + "\n\n    ERROR "
					+ failed.sqlState() + ": " + failed.serverMessage() + "\n\n" + failed.outcome(),
					failed.leftDirty() ? DIRTY_ACTION : "Fix the migration file and restart. Run `migrator status` (or"
							+ " GET /actuator/migrations) to see the database's state.",
					cause);
		}
		if (cause instanceof DirtyDatabaseException dirty) {
			return new FailureAnalysis(dirty.getMessage(), DIRTY_ACTION, cause);
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

}
