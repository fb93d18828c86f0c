package dev.migrator.lint.rules;

import dev.migrator.lint.FileContext;
import dev.migrator.lint.Findings;
import dev.migrator.lint.LintRule;
import dev.migrator.lint.Severity;
import dev.migrator.lint.StatementView;

/**
 * {@code fk-without-index}: a foreign key whose columns lead no index (built by this file, an earlier one or the next)
 * makes deletes on the parent scan the child.
 */
final class FkWithoutIndexRule implements LintRule {

	@Override
	public String id() {
		return "fk-without-index";
	}

	@Override
	public Severity defaultSeverity() {
		return Severity.WARNING;
	}

	@Override
	public void check(StatementView statement, FileContext file, Findings findings) {
		// foreign keys are collected as the file is read; see finish

	}

	@Override
	public void finish(FileContext file, Findings findings) {
		for (FileContext.ForeignKey key : file.foreignKeys()) {
			if (!file.hasIndexLeadingWith(key.table(), key.columns())) {
				String columns = String.join(", ", key.columns());
				String index = "IF NOT EXISTS " + key.table() + "_" + String.join("_", key.columns()) + "_idx ON "
						+ key.table() + " (" + columns + ");";
				findings.report(key.line(), "The foreign key " + key.table() + " (" + columns + ") has no index in"
						+ " this file, an earlier one or the next: deleting or updating a referenced row scans "
						+ key.table() + ", and joins on it are slow.", file.isNew(key.table())
								? "Index it in this file: CREATE INDEX " + index
								: "Index it in the next file, marked -- migrator:no-transaction: CREATE INDEX CONCURRENTLY "
										+ index);
			}
		}
	}

}
