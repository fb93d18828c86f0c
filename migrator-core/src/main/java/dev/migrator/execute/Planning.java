package dev.migrator.execute;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.migrator.Operation;
import dev.migrator.Plan;
import dev.migrator.lint.Finding;
import dev.migrator.lint.LintConfig;
import dev.migrator.lint.Linter;
import dev.migrator.source.Direction;
import dev.migrator.source.Migration;
import dev.migrator.source.MigrationScript;
import dev.migrator.source.MigrationSet;
import dev.migrator.sql.SqlScript;

/**
 * What a run would do, and what the linter finds in the files it would run, computed from
 * one read of the history without the lock; changes nothing.
 */
public final class Planning {

	private final Engine engine;

	public Planning(Engine engine) {
		this.engine = engine;
	}

	/** What {@link OperationRunner#run} would do, with the statements and the findings of each file. */
	public Plan plan(Operation operation) {
		MigrationSet files = this.engine.files();
		return this.engine.readOnly((session) -> {
			MigrationState state = session.state(files);
			List<PlannedStep> steps = MigrationPlanner.plan(state, operation, this.engine.config().target());
			List<SqlScript> scripts = Scripts.parseAllHeld(steps);
			Linter linter = new Linter(LintConfig.defaults());
			List<MigrationScript> ups = steps.stream()
				.filter((step) -> step.direction() == Direction.UP)
				.map(PlannedStep::script)
				.toList();
			Map<String, List<Finding>> upFindings = linter.lintPending(appliedUps(state), ups)
				.stream()
				.collect(Collectors.groupingBy(Finding::file));
			List<Plan.PlannedMigration> migrations = new ArrayList<>(steps.size());
			for (int i = 0; i < steps.size(); i++) {
				PlannedStep step = steps.get(i);
				List<Finding> findings = (step.direction() == Direction.DOWN) ? linter.lint(step.script(), true)
						: upFindings.getOrDefault(step.script().fileName(), List.of());
				migrations.add(new Plan.PlannedMigration(step.migration().version(), step.migration().description(),
						step.direction(), !scripts.get(i).noTransaction(), step.script().location(),
						scripts.get(i).statements(), findings));
			}
			return new Plan(state.currentVersion(), state.dirty(), migrations);
		});
	}

	/**
	 * Lints the up files of the pending migrations as the one run they are, over the applied
	 * ones (their tables exist, their indexes count).
	 */
	public List<Finding> lintPending(LintConfig lintConfig) {
		MigrationSet files = this.engine.filesToReport().files();
		MigrationState state = this.engine.readOnly((session) -> session.state(files));
		return new Linter(lintConfig).lintPending(appliedUps(state),
				state.pending().stream().map(Migration::up).toList());
	}

	/** The up files of the applied migrations that still have one, in version order. */
	private static List<MigrationScript> appliedUps(MigrationState state) {
		return state.files()
			.migrations()
			.stream()
			.filter((migration) -> state.isApplied(migration.version()))
			.map(Migration::up)
			.toList();
	}

}
