package dev.migrator.lint.rules;

import dev.migrator.lint.FileContext;
import dev.migrator.lint.Findings;
import dev.migrator.lint.LintRule;
import dev.migrator.lint.Severity;
import dev.migrator.lint.StatementView;

/**
 * {@code empty-migration}: an up file without a statement runs as a no-op, which is seldom what
 * its author meant. An empty down file is a deliberate "nothing to undo", so down files are not checked.
 */
final class EmptyMigrationRule implements LintRule {

	@Override
	public String id() {
		return "empty-migration";
	}

	@Override
	public Severity defaultSeverity() {
		return Severity.WARNING;
	}

	@Override
	public void check(StatementView statement, FileContext file, Findings findings) {
		// only the count of statements matters; see finish
	}

	@Override
	public void finish(FileContext file, Findings findings) {
		if (file.statements() == 0) {
			findings.report(1, "The up file has no SQL statement: it is applied and recorded as a no-op.",
					"Write the migration's statements, or delete the file if it is not needed.");
		}
	}

}
