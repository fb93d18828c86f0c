package dev.migrator.report;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import dev.migrator.AppliedMigration;
import dev.migrator.MigrationResult;
import dev.migrator.MigrationStatus;
import dev.migrator.PendingMigration;
import dev.migrator.Plural;
import dev.migrator.Problem;

/** A status as a version line, the lock holder, one table of migrations and the problems. */
public final class StatusText {

	private static final DateTimeFormatter APPLIED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss'Z'")
		.withZone(ZoneOffset.UTC);

	private StatusText() {
	}

	/** Lines joined by {@code \n}, without a final one. */
	public static String of(MigrationStatus status) {
		StringJoiner text = new StringJoiner("\n");
		text.add("Version: " + MigrationResult.versionText(status.version()) + (status.dirty() ? " (DIRTY)" : " (clean)")
				+ ", " + status.applied().size() + " applied, " + status.pending().size() + " pending"
				+ (status.ahead().isEmpty() ? "" : ", " + status.ahead().size() + " applied by a newer release"));
		if (status.lockHolder() != null) {
			text.add("Migration lock held by " + status.lockHolder());
		}
		if (!status.applied().isEmpty() || !status.pending().isEmpty() || !status.ahead().isEmpty()) {
			text.add("");
			text.add(TextTable.of(rows(status)));
		}
		if (!status.problems().isEmpty()) {
			text.add("");
			text.add("Problems:");
			status.problems().forEach((problem) -> text.add("  - " + problem.message()));
		}
		return text.toString();
	}

	/**
	 * Applied, pending and ahead migrations in one list by version, as out-of-order ones
	 * interleave; those ahead have no file here, so their version is written as a number.
	 */
	private static List<List<String>> rows(MigrationStatus status) {
		Map<Long, Problem.Kind> problems = new HashMap<>();
		status.problems().stream()
			.filter((problem) -> problem.version() != null)
			.forEach((problem) -> problems.putIfAbsent(problem.version(), problem.kind()));
		List<Row> rows = new ArrayList<>();
		for (AppliedMigration applied : status.applied()) {
			rows.add(new Row(applied.version(), FileVersion.of(applied.version(), applied.script()),
					applied.description(), appliedAt(applied), state(applied, problems.get(applied.version()))));
		}
		for (PendingMigration pending : status.pending()) {
			String state = (problems.get(pending.version()) == Problem.Kind.OUT_OF_ORDER) ? "pending (out of order)"
					: "pending";
			rows.add(new Row(pending.version(), FileVersion.of(pending.version(), pending.script()),
					pending.description(), "", state));
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

	private record Row(long version, String label, String description, String appliedAt, String state) {

	}

}
