package dev.migrator.cli;

import java.util.List;
import java.util.Locale;

import dev.migrator.MigrationResult;
import dev.migrator.MigrationStep;
import dev.migrator.Plan;
import dev.migrator.lint.Finding;
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

	record ResultView(Long versionBefore, Long versionAfter, List<StepView> migrations, long executionMs,
			boolean resumed) {

		static ResultView of(MigrationResult result) {
			return new ResultView(result.versionBefore(), result.versionAfter(),
					result.steps().stream().map(StepView::of).toList(), result.executionMs(), result.resumed());
		}

	}

	/** A statement a plan would run, where it is in its file and the table lock it takes. */
	record PlannedStatementView(int line, int column, String sql, String lock) {

		static PlannedStatementView of(SqlStatement statement) {
			return new PlannedStatementView(statement.line(), statement.column(), statement.sql(),
					statement.facts().lockLevel());
		}

	}

	/** A lint finding as lint and plan report it, the severity in lower case ({@code error}, {@code warning}). */
	record FindingView(String rule, String severity, String file, int line, String message, String suggestion) {

		static FindingView of(Finding finding) {
			return new FindingView(finding.rule(), finding.severity().label(), finding.file(), finding.line(),
					finding.message(), finding.suggestion());
		}

	}

	record PlannedView(long version, String description, String direction, boolean transactional, String script,
			List<PlannedStatementView> statements, List<FindingView> findings) {

		static PlannedView of(Plan.PlannedMigration migration) {
			return new PlannedView(migration.version(), migration.description(), Views.direction(migration.direction()),
					migration.transactional(), migration.script(),
					migration.statements().stream().map(PlannedStatementView::of).toList(),
					migration.findings().stream().map(FindingView::of).toList());
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
