package dev.migrator.lint.rules;

import dev.migrator.lint.FileContext;
import dev.migrator.lint.Findings;
import dev.migrator.lint.LintRule;
import dev.migrator.lint.Severity;
import dev.migrator.lint.StatementView;

/**
 * {@code index-not-concurrent}: a plain CREATE INDEX blocks writes while it builds.
 */
final class IndexNotConcurrentRule implements LintRule {

	@Override
	public String id() {
		return "index-not-concurrent";
	}

	@Override
	public Severity defaultSeverity() {
		return Severity.ERROR;
	}

	@Override
	public void check(StatementView statement, FileContext file, Findings findings) {
		String table = statement.indexedTable();
		if (table != null && !file.isNew(table) && !statement.hasWord("concurrently")) {
			findings.report(statement.line(), "CREATE INDEX on the existing table " + table + " blocks writes to it"
					+ " (SHARE lock) for as long as the index takes to build.",
					(file.noTransaction() ? "Write " : "In a file marked -- migrator:no-transaction, write ")
							+ statement.rewritten(statement.indexOfWord("index", 1, 3) + 1, "CONCURRENTLY"));
		}
	}

}
