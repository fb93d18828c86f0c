package dev.migrator.lint.rules;

import dev.migrator.lint.FileContext;
import dev.migrator.lint.Findings;
import dev.migrator.lint.LintRule;
import dev.migrator.lint.Severity;
import dev.migrator.lint.StatementView;

/**
 * {@code prefer-jsonb}: prefer jsonb over json.
 */
final class PreferJsonbRule implements LintRule {

	@Override
	public String id() {
		return "prefer-jsonb";
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
		for (int i = 1; i < statement.tokens().size(); i++) {
			if (statement.isWord(i, "json") && statement.tokens().get(i - 1).type() != dev.migrator.sql.TokenType.OPERATOR) {
				findings.report(statement.tokens().get(i).line(), "json stores text that is parsed on every access and"
						+ " cannot be indexed or compared.", "Use jsonb.");
			}
		}
	}

}
