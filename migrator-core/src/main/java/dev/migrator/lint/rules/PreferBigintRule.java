package dev.migrator.lint.rules;

import java.util.Set;

import dev.migrator.lint.FileContext;
import dev.migrator.lint.Findings;
import dev.migrator.lint.LintRule;
import dev.migrator.lint.Severity;
import dev.migrator.lint.StatementView;

/**
 * {@code prefer-bigint}: int/serial keys run out.
 */
final class PreferBigintRule implements LintRule {

	@Override
	public String id() {
		return "prefer-bigint";
	}

	@Override
	public Severity defaultSeverity() {
		return Severity.WARNING;
	}

	@Override
	public void check(StatementView statement, FileContext file, Findings findings) {
		for (int[] column : Ranges.columnDefinitions(statement)) {
			String name = statement.word(column[0]);
			String type = statement.word(column[0] + 1);
			boolean key = name.equals("id") || name.endsWith("_id") || Ranges.has(statement, column, "primary", "key");
			if (key && SMALL_INTEGERS.contains(type)) {
				findings.report(statement.tokens().get(column[0]).line(), "The key column " + name + " is " + type
						+ ", which runs out at about two billion rows (and references to it must match).",
						"Use bigint (bigint GENERATED ALWAYS AS IDENTITY for new keys).");
			}
		}
	}

	private static final Set<String> SMALL_INTEGERS = Set.of("int", "integer", "int4", "int2", "smallint", "serial",
			"serial4", "smallserial", "serial2");

}
