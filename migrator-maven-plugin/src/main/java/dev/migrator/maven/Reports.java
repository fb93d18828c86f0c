package dev.migrator.maven;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

import dev.migrator.AppliedMigration;
import dev.migrator.MigrationResult;
import dev.migrator.MigrationStatus;
import dev.migrator.MigrationStep;
import dev.migrator.Operation;
import dev.migrator.PendingMigration;
import dev.migrator.Plan;
import dev.migrator.Plural;
import dev.migrator.Problem;
import dev.migrator.lint.Finding;
import dev.migrator.source.Direction;
import dev.migrator.sql.SqlStatement;

/**
 * The reports of status, plan and the goals that run migrations, in the CLI's text, so a
 * build log reads like a terminal.
 */
final class Reports {

	private static final DateTimeFormatter APPLIED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss'Z'")
		.withZone(ZoneOffset.UTC);

	private Reports() {
	}

	static String result(Operation operation, MigrationResult result) {
		StringJoiner text = new StringJoiner("\n");
		if (operation.resume() && !result.resumed()) {
			text.add("Nothing to resume: the database is not dirty; ran pending migrations as up.");
		}
		if (result.steps().isEmpty() && operation.kind() == Operation.Kind.DOWN && result.versionAfter() == null) {
			text.add("Nothing to roll back: no migration is applied.");
		}
		else if (result.steps().isEmpty()) {
			text.add("No migration to run; the database is at version "
					+ MigrationResult.versionText(result.versionAfter()) + ".");
		}
		else {
			for (MigrationStep step : result.steps()) {
				text.add(direction(step.direction()) + " " + fileVersion(step.version(), step.script()) + " "
						+ step.description());
			}
			text.add(result.summary() + ".");
		}
		return text.toString();
	}

	static String status(MigrationStatus status) {
		StringJoiner text = new StringJoiner("\n");
		text.add("Version: " + MigrationResult.versionText(status.version()) + (status.dirty() ? " (DIRTY)" : " (clean)")
				+ ", " + status.applied().size() + " applied, " + status.pending().size() + " pending"
				+ (status.ahead().isEmpty() ? "" : ", " + status.ahead().size() + " applied by a newer release"));
		if (status.lockHolder() != null) {
			text.add("Migration lock held by " + status.lockHolder());
		}
		if (!status.applied().isEmpty() || !status.pending().isEmpty() || !status.ahead().isEmpty()) {
			text.add("");
			text.add(table(statusRows(status)));
		}
		if (!status.problems().isEmpty()) {
			text.add("");
			text.add("Problems:");
			status.problems().forEach((problem) -> text.add("  - " + problem.message()));
		}
		return text.toString();
	}

	static String plan(Plan plan) {
		StringJoiner text = new StringJoiner("\n");
		text.add("Version: " + MigrationResult.versionText(plan.version())
				+ (plan.dirty() ? " (DIRTY: a run would refuse)" : ""));
		if (plan.migrations().isEmpty()) {
			text.add("Nothing to run.");
		}
		for (Plan.PlannedMigration migration : plan.migrations()) {
			text.add("");
			text.add("-- " + direction(migration.direction()) + " " + migration.version() + " "
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

	/**
	 * Applied, pending and ahead migrations in one list by version, as out-of-order ones
	 * interleave; those ahead have no file here, so their version is written as a number.
	 */
	private static List<List<String>> statusRows(MigrationStatus status) {
		Map<Long, Problem.Kind> problems = new HashMap<>();
		status.problems().stream()
			.filter((problem) -> problem.version() != null)
			.forEach((problem) -> problems.putIfAbsent(problem.version(), problem.kind()));
		List<Row> rows = new ArrayList<>();
		for (AppliedMigration applied : status.applied()) {
			rows.add(new Row(applied.version(), fileVersion(applied.version(), applied.script()), applied.description(),
					appliedAt(applied), state(applied, problems.get(applied.version()))));
		}
		for (PendingMigration pending : status.pending()) {
			String state = (problems.get(pending.version()) == Problem.Kind.OUT_OF_ORDER) ? "pending (out of order)"
					: "pending";
			rows.add(new Row(pending.version(), fileVersion(pending.version(), pending.script()), pending.description(),
					"", state));
		}
		for (AppliedMigration ahead : status.ahead()) {
			rows.add(new Row(ahead.version(), Long.toString(ahead.version()), ahead.description(), appliedAt(ahead),
					"applied by a newer release (no file here)"));
		}
		rows.sort(Comparator.comparingLong(Row::version));
		List<List<String>> table = new ArrayList<>();
		table.add(List.of("VERSION", "DESCRIPTION", "APPLIED AT", "STATE"));
		rows.forEach((row) -> table.add(List.of(row.label(), row.description(), row.appliedAt(), row.state())));
		return table;
	}

	private static String appliedAt(AppliedMigration applied) {
		return (applied.appliedAt() != null) ? APPLIED_AT.format(applied.appliedAt()) : "";
	}

	private static String state(AppliedMigration applied, Problem.Kind problem) {
		if (applied.dirty()) {
			String dirty = (problem == Problem.Kind.IN_PROGRESS) ? "IN PROGRESS" : "DIRTY";
			return dirty + ((applied.statementsDone() != null)
					? " after " + Plural.of(applied.statementsDone(), "statement") : "");
		}
		if (problem == Problem.Kind.CHECKSUM_MISMATCH) {
			return "applied, file changed";
		}
		if (problem == Problem.Kind.MISSING_FILE) {
			return "applied, file missing";
		}
		return "applied";
	}

	/** The version as the migration's file name writes it ({@code 000003}): what users see in their folder. */
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
	private static String table(List<List<String>> rows) {
		int[] widths = new int[rows.get(0).size()];
		for (List<String> row : rows) {
			for (int i = 0; i < row.size(); i++) {
				widths[i] = Math.max(widths[i], row.get(i).length());
			}
		}
		StringJoiner text = new StringJoiner("\n");
		for (List<String> row : rows) {
			StringBuilder line = new StringBuilder();
			for (int i = 0; i < row.size(); i++) {
				line.append(row.get(i)).append(" ".repeat(widths[i] - row.get(i).length() + 2));
			}
			text.add(line.toString().stripTrailing());
		}
		return text.toString();
	}

	private static String direction(Direction direction) {
		return direction.name().toLowerCase(Locale.ROOT);
	}

	private record Row(long version, String label, String description, String appliedAt, String state) {

	}

}
