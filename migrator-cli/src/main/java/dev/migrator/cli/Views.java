package dev.migrator.cli;

import java.util.List;
import java.util.Locale;

import dev.migrator.MigrationResult;
import dev.migrator.MigrationStep;
import dev.migrator.Plan;
import dev.migrator.lint.Finding;
import dev.migrator.lint.LockLevels;
import dev.migrator.sql.SqlStatement;

/**
 * The JSON shapes of the CLI's reports, kept explicit because scripts depend on them.
 */
final class Views {

	private Views() {
	}

	record StepView(long version, String description, String direction, String script) {

		static StepView of(MigrationStep step) {
			return new StepView(step.version(), step.description(), Views.direction(step.direction()), step.script());
		}

	}

	record ResultView(Long versionBefore, Long versionAfter, List<StepView> migrations, long executionMs) {

		static ResultView of(MigrationResult result) {
			return new ResultView(result.versionBefore(), result.versionAfter(),
					result.steps().stream().map(StepView::of).toList(), result.executionMs());
		}

	}

	record StatementView(int line, int column, String sql, String lock) {

		static StatementView of(SqlStatement statement) {
			return new StatementView(statement.line(), statement.column(), statement.sql(),
					LockLevels.of(new dev.migrator.lint.StatementView(statement)));
		}

	}

	record PlannedView(long version, String description, String direction, boolean transactional, String script,
			List<StatementView> statements, List<Finding> findings) {

		static PlannedView of(Plan.PlannedMigration migration) {
			return new PlannedView(migration.version(), migration.description(), Views.direction(migration.direction()),
					migration.transactional(), migration.script(),
					migration.statements().stream().map(StatementView::of).toList(), migration.findings());
		}

	}

	record PlanView(Long version, boolean dirty, List<PlannedView> migrations) {

		static PlanView of(Plan plan) {
			return new PlanView(plan.version(), plan.dirty(), plan.migrations().stream().map(PlannedView::of).toList());
		}

	}

	static String direction(Enum<?> direction) {
		return direction.name().toLowerCase(Locale.ROOT);
	}

}
