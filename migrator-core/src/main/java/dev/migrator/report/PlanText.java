package dev.migrator.report;

import java.util.Locale;
import java.util.StringJoiner;

import dev.migrator.MigrationResult;
import dev.migrator.Plan;
import dev.migrator.lint.Finding;
import dev.migrator.source.Direction;
import dev.migrator.sql.SqlStatement;

/**
 * A plan as SQL a reader can review: per migration a comment header, its lint findings, and
 * each statement after the file position and table lock it takes.
 */
public final class PlanText {

	private PlanText() {
	}

	/** Lines joined by {@code \n}, without a final one. */
	public static String of(Plan plan) {
		StringJoiner text = new StringJoiner("\n");
		text.add("Version: " + MigrationResult.versionText(plan.version())
				+ (plan.dirty() ? " (DIRTY: a run would refuse)" : ""));
		if (plan.migrations().isEmpty()) {
			text.add("Nothing to run.");
		}
		for (Plan.PlannedMigration migration : plan.migrations()) {
			text.add("");
			text.add("-- " + migration.direction().name().toLowerCase(Locale.ROOT) + " " + migration.version() + " "
					+ migration.description() + (migration.transactional() ? "" : " (no transaction)"));
			for (Finding finding : migration.findings()) {
				text.add("-- " + finding.severity().label() + " [" + finding.rule() + "] line " + finding.line() + ": "
						+ finding.message());
			}
			if (migration.statements().isEmpty()) {
				text.add("-- no statements (no-op): only its history row is "
						+ ((migration.direction() == Direction.UP) ? "recorded" : "removed"));
			}
			for (SqlStatement statement : migration.statements()) {
				String lock = statement.facts().lockLevel();
				text.add("-- " + migration.script() + ":" + statement.line() + ":" + statement.column()
						+ ((lock != null) ? " (takes " + lock + " lock)" : ""));
				text.add(statement.sql() + ";");
			}
		}
		return text.toString();
	}

}
