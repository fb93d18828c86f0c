package dev.migrator.lint.rules;

import dev.migrator.lint.FileContext;
import dev.migrator.lint.Findings;
import dev.migrator.lint.LintRule;
import dev.migrator.lint.Severity;
import dev.migrator.lint.StatementView;

/**
 * {@code prefer-text}: prefer text over varchar(n).
 */
final class PreferTextRule implements LintRule {

	@Override
	public String id() {
		return "prefer-text";
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
			boolean varchar = statement.isWord(i, "varchar") && statement.tokens().size() > i + 1
					&& statement.tokens().get(i + 1).text().equals("(");
			boolean varying = statement.matchesAt(i, "character", "varying") && statement.tokens().size() > i + 2
					&& statement.tokens().get(i + 2).text().equals("(");
			if (varchar || varying) {
				findings.report(statement.tokens().get(i).line(), "varchar(n) is no faster than text, and raising its"
						+ " limit later is a migration of its own.", "Use text, with a CHECK (length(x) <= n) if the"
								+ " limit is a business rule.");
			}
		}
	}

}
