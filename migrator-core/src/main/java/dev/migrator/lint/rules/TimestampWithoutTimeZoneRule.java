package dev.migrator.lint.rules;

import dev.migrator.lint.FileContext;
import dev.migrator.lint.Findings;
import dev.migrator.lint.LintRule;
import dev.migrator.lint.Severity;
import dev.migrator.lint.StatementView;

/**
 * {@code timestamp-without-time-zone}: prefer timestamptz.
 */
final class TimestampWithoutTimeZoneRule implements LintRule {

	@Override
	public String id() {
		return "timestamp-without-time-zone";
	}

	@Override
	public Severity defaultSeverity() {
		return Severity.WARNING;
	}

	@Override
	public void check(StatementView statement, FileContext file, Findings findings) {
		if (!Ranges.definesColumns(statement)) {
			return;
		}
		for (int i = 0; i < statement.tokens().size(); i++) {
			if (statement.isWord(i, "timestamp") && !statement.matchesAt(Ranges.afterModifier(statement, i + 1), "with",
					"time", "zone")) {
				findings.report(statement.tokens().get(i).line(), "timestamp without time zone stores wall-clock"
						+ " times with no zone, so values from servers or sessions in different zones don't compare.",
						"Use timestamptz.");
			}
		}
	}

}
