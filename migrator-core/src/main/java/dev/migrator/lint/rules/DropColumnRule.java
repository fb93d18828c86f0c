package dev.migrator.lint.rules;

import dev.migrator.lint.FileContext;
import dev.migrator.lint.Findings;
import dev.migrator.lint.LintRule;
import dev.migrator.lint.Severity;
import dev.migrator.lint.StatementView;

/**
 * {@code drop-column}: dropping a column loses data and breaks code still using it.
 */
final class DropColumnRule implements LintRule {

	@Override
	public String id() {
		return "drop-column";
	}

	@Override
	public Severity defaultSeverity() {
		return Severity.ERROR;
	}

	@Override
	public void check(StatementView statement, FileContext file, Findings findings) {
		for (int[] action : statement.alterActions()) {
			int index = action[0];
			if (!statement.isWord(index, "drop")) {
				continue;
			}
			index++;
			if (statement.isWord(index, "constraint")) {
				continue;
			}
			if (statement.isWord(index, "column")) {
				index++;
			}
			if (statement.matchesAt(index, "if", "exists")) {
				index += 2;
			}
			findings.report(statement.tokens().get(action[0]).line(), "Dropping column " + statement.word(index)
					+ " loses its data, and code still deployed that selects it fails.",
					"Stop reading and writing the column in a release first (with ORMs, mark it ignored), drop it"
							+ " in a later one, and say so with -- migrator:allow drop-column.");
		}
	}

}
