package dev.migrator.lint.rules;

import dev.migrator.lint.FileContext;
import dev.migrator.lint.Findings;
import dev.migrator.lint.LintRule;
import dev.migrator.lint.Severity;
import dev.migrator.lint.StatementView;

/**
 * {@code char-type}: char(n) pads with spaces.
 */
final class CharTypeRule implements LintRule {

	@Override
	public String id() {
		return "char-type";
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
			boolean character = statement.isWord(i, "character") && !statement.isWord(i + 1, "varying");
			if (statement.isWord(i, "char") || statement.isWord(i, "bpchar") || (character && i > 0)) {
				findings.report(statement.tokens().get(i).line(), "char(n) pads values with spaces, which then"
						+ " compare and display in surprising ways.", "Use text.");
			}
		}
	}

}
