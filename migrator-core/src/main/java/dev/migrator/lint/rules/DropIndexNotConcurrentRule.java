package dev.migrator.lint.rules;

import dev.migrator.lint.FileContext;
import dev.migrator.lint.Findings;
import dev.migrator.lint.LintRule;
import dev.migrator.lint.Severity;
import dev.migrator.lint.StatementView;

/**
 * {@code drop-index-not-concurrent}: a plain DROP INDEX locks the table.
 */
final class DropIndexNotConcurrentRule implements LintRule {

	@Override
	public String id() {
		return "drop-index-not-concurrent";
	}

	@Override
	public Severity defaultSeverity() {
		return Severity.WARNING;
	}

	@Override
	public void check(StatementView statement, FileContext file, Findings findings) {
		if (statement.startsWith("drop", "index") && !statement.hasWord("concurrently")) {
			findings.report(statement.line(), "DROP INDEX takes an ACCESS EXCLUSIVE lock on the table, waiting behind"
					+ " every running query and blocking all that come after.",
					(file.noTransaction() ? "Write " : "In a file marked -- migrator:no-transaction, write ")
							+ statement.rewritten(2, "CONCURRENTLY"));
		}
	}

}
