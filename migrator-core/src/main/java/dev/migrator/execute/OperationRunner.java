package dev.migrator.execute;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.migrator.MigrationInterruptedException;
import dev.migrator.MigrationResult;
import dev.migrator.MigrationStep;
import dev.migrator.MigratorConfig;
import dev.migrator.Operation;
import dev.migrator.source.MigrationSet;
import dev.migrator.sql.SqlScript;

/**
 * Runs {@code migrate}, {@code up}, {@code down} and {@code goto}: reads the state, refuses
 * a dirty or invalid database, plans the steps, parses every file they run, creates the
 * history tables and runs the steps.
 */
public final class OperationRunner {

	private final Engine engine;

	private final MigratorConfig config;

	private final Validation validation;

	public OperationRunner(Engine engine) {
		this.engine = engine;
		this.config = engine.config();
		this.validation = new Validation(engine.config());
	}

	/**
	 * Runs an operation under the lock. When a read without the lock already shows nothing to
	 * do (the common case of an application start), the lock is not taken at all; otherwise
	 * the same connection goes on to run it. A resume always reads under the lock: a killed
	 * client's backend may still be finishing the dirty migration, and the decision must see
	 * how it ended.
	 */
	public MigrationResult run(Operation operation) {
		MigrationSet files = this.engine.files();
		long start = System.nanoTime();
		return this.engine.withConnection((session) -> {
			if (!operation.resume()) {
				MigrationState state = session.state(files);
				if (!state.dirty() && MigrationPlanner.plan(state, operation, this.config.target()).isEmpty()) {
					this.validation.refuseIfInvalid(state);
					return new MigrationResult(state.currentVersion(), state.currentVersion(), List.of(),
							elapsedMs(start), false, state.applied().size());
				}
			}
			return this.engine.underLock(session, () -> {
				try {
					return runLocked(session, files, operation, start);
				}
				catch (Cancellation.Interrupted ex) {
					throw new MigrationInterruptedException(
							StateProblems.afterInterrupt(ex.getMessage(), session.state(files)));
				}
			});
		});
	}

	/** On a clean database a resume has nothing to finish and runs as the operation alone. */
	private MigrationResult runLocked(Session session, MigrationSet files, Operation operation, long start)
			throws SQLException {
		MigrationState state = session.state(files);
		Long before = state.currentVersion();
		List<PlannedStep> steps = new ArrayList<>();
		Optional<PlannedStep> resumption = MigrationPlanner.resumption(state, operation);
		boolean resumed = resumption.isPresent();
		if (resumed) {
			steps.add(resumption.get());
			state = state.withoutDirty();
		}
		else if (operation.resume()) {
			EngineLog.logger.info("Nothing to resume: the database is not dirty; running pending migrations");
		}
		this.validation.refuseIfInvalid(state);
		steps.addAll(MigrationPlanner.plan(state, operation, this.config.target()));
		List<SqlScript> scripts = Scripts.parseAll(steps);
		if (!steps.isEmpty()) {
			session.createHistory(files, this.config.createSchema());
		}
		List<MigrationStep> done = execute(session, steps, scripts);
		MigrationState end = done.isEmpty() ? state : session.state(files);
		MigrationResult result = new MigrationResult(before, end.currentVersion(), done, elapsedMs(start), resumed,
				end.applied().size());
		if (!done.isEmpty()) {
			EngineLog.logger.info(result.summary());
		}
		return result;
	}

	private List<MigrationStep> execute(Session session, List<PlannedStep> steps, List<SqlScript> scripts)
			throws SQLException {
		Cancellation cancellation = this.engine.cancellation();
		MigrationExecutor executor = new MigrationExecutor(session.history(), this.config.ddlLockRetries(),
				cancellation);
		MigrationRun run = new MigrationRun(executor, this.config.listener(), steps, scripts, cancellation);
		try (RunSession ignored = RunSession.start(session.connection(), this.config.ddlLockTimeout())) {
			return run.run(session.connection());
		}
	}

	private static long elapsedMs(long start) {
		return (System.nanoTime() - start) / 1_000_000;
	}

}
