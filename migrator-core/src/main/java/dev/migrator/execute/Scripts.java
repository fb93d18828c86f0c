package dev.migrator.execute;

import java.util.ArrayList;
import java.util.List;

import dev.migrator.MigrationStoppedException;
import dev.migrator.MigratorException;
import dev.migrator.sql.SqlScript;
import dev.migrator.sql.SqlStatement;

/**
 * Parses every file a run will execute before the first one starts, so a syntax or
 * transaction-rule error in the last file leaves the database as it was.
 */
final class Scripts {

	/**
	 * At most this many characters of statement text are held for a run, and at most
	 * {@link #HOLD_PER_FILE} for one file; other files are checked as well but streamed
	 * again from the file when they run, so the memory a run needs does not grow with its
	 * files. Files below the limit run from memory and may travel together.
	 */
	private static final long HOLD_PER_RUN = 8L << 20;

	private static final long HOLD_PER_FILE = 1L << 20;

	private Scripts() {
	}

	/** Parses the files of a run, holding the statements of small ones. */
	public static List<SqlScript> parseAll(List<PlannedStep> steps) {
		return parseAll(steps, HOLD_PER_FILE, HOLD_PER_RUN);
	}

	/** Parses the files of a run, holding every statement (to show them). */
	public static List<SqlScript> parseAllHeld(List<PlannedStep> steps) {
		return parseAll(steps, Long.MAX_VALUE, Long.MAX_VALUE);
	}

	private static List<SqlScript> parseAll(List<PlannedStep> steps, long perFile, long perRun) {
		List<SqlScript> scripts = new ArrayList<>(steps.size());
		long held = 0;
		for (PlannedStep step : steps) {
			SqlScript script = parse(step, Math.min(perFile, perRun - held));
			for (SqlStatement statement : script.statements()) {
				held += statement.sql().length();
			}
			scripts.add(script);
		}
		return scripts;
	}

	private static SqlScript parse(PlannedStep step, long holdLimit) {
		try {
			return ScriptParsing.parse(step.script(), holdLimit);
		}
		catch (MigratorException ex) {
			throw ex;
		}
		catch (RuntimeException | Error ex) {
			// a single statement too large for the heap, or a file that cannot be read
			throw new MigrationStoppedException(step.describe(), "It was being read before the run started:"
					+ " nothing was run, the database is unchanged.", ex);
		}
	}

}
