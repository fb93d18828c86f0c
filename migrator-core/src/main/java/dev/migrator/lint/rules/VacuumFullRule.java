package dev.migrator.lint.rules;

import dev.migrator.lint.FileContext;
import dev.migrator.lint.Findings;
import dev.migrator.lint.LintRule;
import dev.migrator.lint.Severity;
import dev.migrator.lint.StatementView;

/**
 * {@code vacuum-full}: VACUUM FULL locks the table while it rewrites it.
 */
final class VacuumFullRule implements LintRule {

	@Override
	public String id() {
		return "vacuum-full";
	}

	@Override
	public Severity defaultSeverity() {
		return Severity.WARNING;
	}

	@Override
	public void check(StatementView statement, FileContext file, Findings findings) {
		if (statement.startsWith("vacuum") && statement.hasWord("full")) {
			findings.report(statement.line(), "VACUUM FULL rewrites the table under an ACCESS EXCLUSIVE lock for as"
					+ " long as it takes.", "Use plain VACUUM, or pg_repack to compact online.");
		}
	}

}
