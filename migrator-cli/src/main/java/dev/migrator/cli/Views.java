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

	/** The version as the migration's file name writes it ({@code 000003}): what users see in their folder. */
	static String fileVersion(MigrationStep step) {
		return fileVersion(step.version(), step.script());
	}

	static String fileVersion(long version, String script) {
		if (script != null) {
			String name = script.substring(Math.max(script.lastIndexOf('/'), script.lastIndexOf('\\')) + 1);
			int end = name.indexOf('_');
			if (end > 0 && name.substring(0, end).chars().allMatch(Character::isDigit)) {
				return name.substring(0, end);
			}
		}
		return Long.toString(version);
	}

	/** Left-aligned columns two spaces apart, the first row being the header. */
	static String table(List<List<String>> rows) {
		int[] widths = new int[rows.get(0).size()];
		for (List<String> row : rows) {
			for (int i = 0; i < row.size(); i++) {
				widths[i] = Math.max(widths[i], row.get(i).length());
			}
		}
		StringBuilder text = new StringBuilder();
		for (List<String> row : rows) {
			StringBuilder line = new StringBuilder();
			for (int i = 0; i < row.size(); i++) {
				line.append(row.get(i)).append(" ".repeat(widths[i] - row.get(i).length() + 2));
			}
			text.append(line.toString().stripTrailing()).append('\n');
		}
		return text.substring(0, text.length() - 1);
	}

	static String direction(Enum<?> direction) {
		return direction.name().toLowerCase(Locale.ROOT);
	}

}
