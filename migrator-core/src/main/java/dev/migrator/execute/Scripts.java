package dev.migrator.execute;

import java.util.ArrayList;
import java.util.List;

import dev.migrator.MigratorException;
import dev.migrator.sql.SqlScript;

/**
 * Parses every file a run will execute before the first one starts, so a syntax or
 * transaction-rule error in the last file leaves the database as it was.
 */
public final class Scripts {

	private Scripts() {
	}

	public static List<SqlScript> parseAll(List<PlannedStep> steps) {
		List<SqlScript> scripts = new ArrayList<>(steps.size());
		for (PlannedStep step : steps) {
			SqlScript script = ScriptParsing.parse(step.script());
			if (script.statements().isEmpty()) {
				throw new MigratorException(step.script().location() + ":1:1: the file contains no SQL statement."
						+ " Nothing was run. Write the migration's statements, or, if there is truly nothing to do,"
						+ " a `SELECT 1;` with a comment saying why.");
			}
			scripts.add(script);
		}
		return scripts;
	}

}
