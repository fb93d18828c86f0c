package dev.migrator.report;

import java.util.Locale;
import java.util.StringJoiner;

import dev.migrator.MigrationResult;
import dev.migrator.MigrationStep;
import dev.migrator.Operation;

/** What a run did, one line per migration and a summary, as the CLI and the Maven plugin print it. */
public final class ResultText {

	private ResultText() {
	}

	/** Lines joined by {@code \n}, without a final one. */
	public static String of(Operation operation, MigrationResult result) {
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
				text.add(step.direction().name().toLowerCase(Locale.ROOT) + " "
						+ FileVersion.of(step.version(), step.script()) + " " + step.description());
			}
			text.add(result.summary() + ".");
		}
		return text.toString();
	}

}
