package dev.migrator.execute;

import dev.migrator.Plural;
import dev.migrator.history.HistoryRow;
import dev.migrator.source.Migration;
import dev.migrator.source.MigrationScript;
import dev.migrator.source.MigrationSet;
import dev.migrator.sql.SqlScript;

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
		// held not at all: the file is read twice, but never whole into memory
		SqlScript script = ScriptParsing.parse(migration.up(), 0);
		int total = script.statementCount();
		int done = row.statementsDone();
		if (done >= total) {
			return "migration " + version + " (" + migration.up().location() + ") ran all "
					+ Plural.of(total, "statement") + " but was not marked done. " + ways;
		}
		return "migration " + version + " (" + migration.up().location() + ") is non-transactional and stopped after "
				+ done + " of " + total + " statements: statements 1-" + done
				+ " ran, statement " + (done + 1) + " at " + migration.up().location() + ":"
				+ line(script, migration.up(), done)
				+ " failed or was interrupted. Fix the cause (the file from statement " + (done + 1)
				+ " on may be edited), then run `up --resume` to continue from statement " + (done + 1) + "; or "
				+ Character.toLowerCase(ways.charAt(0)) + ways.substring(1);
	}

	/** The line of the body's statement at {@code index}, which exists. */
	private static int line(SqlScript script, MigrationScript file, int index) {
		try (ScriptStatements statements = ScriptStatements.of(script, file)) {
			for (int i = 0; i <= index; i++) {
				statements.next();
			}
			return statements.statement().line();
		}
	}

}
