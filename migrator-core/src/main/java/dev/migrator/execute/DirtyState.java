package dev.migrator.execute;

import java.util.List;

import dev.migrator.history.HistoryRow;
import dev.migrator.source.Migration;
import dev.migrator.source.MigrationSet;
import dev.migrator.sql.SqlStatement;

/**
 * Explains a dirty row: what ran, where it stopped, and the ways out.
 */
final class DirtyState {

	private DirtyState() {
	}

	static String describe(HistoryRow row, MigrationSet files) {
		long version = row.version();
		Migration migration = files.find(version).orElse(null);
		Long previous = files.previousVersion(version);
		String undone = "force " + ((previous != null) ? previous : "-1 (nothing applied)");
		String ways = "If you finished it by hand, run `force " + version + "`; if you undid it by hand, run `"
				+ undone + "`.";
		if (migration == null || row.statementsDone() == null) {
			return "migration " + version + " (" + row.description() + ") started and did not finish."
					+ " Check the schema by hand. " + ways;
		}
		List<SqlStatement> statements = ScriptParsing.parse(migration.up()).statements();
		int done = row.statementsDone();
		if (done >= statements.size()) {
			return "migration " + version + " (" + migration.up().location() + ") ran all " + statements.size()
					+ " statements but was not marked done. " + ways;
		}
		SqlStatement next = statements.get(done);
		return "migration " + version + " (" + migration.up().location() + ") is non-transactional and stopped after "
				+ done + " of " + statements.size() + " statements: statements 1-" + done
				+ " ran, statement " + (done + 1) + " at " + migration.up().fileName() + ":" + next.line()
				+ " failed or was interrupted. Fix the cause (the file from statement " + (done + 1)
				+ " on may be edited), then run `up --resume` to continue from statement " + (done + 1) + "; or " + Character.toLowerCase(ways.charAt(0)) + ways.substring(1);
	}

}
