package dev.migrator.lint.rules;

import java.util.List;

import dev.migrator.lint.FileContext;
import dev.migrator.lint.Findings;
import dev.migrator.lint.LintRule;
import dev.migrator.lint.Severity;
import dev.migrator.lint.StatementView;

/**
 * {@code missing-if-not-exists}: CREATE/DROP without IF [NOT] EXISTS.
 */
public final class MissingIfNotExistsRule implements LintRule {

	@Override
	public String id() {
		return "missing-if-not-exists";
	}

	@Override
	public Severity defaultSeverity() {
		return Severity.WARNING;
	}

	@Override
	public void check(StatementView statement, FileContext file, Findings findings) {
		if (statement.startsWith("create")) {
			int kind = KINDS_WITH_IF_NOT_EXISTS.stream().mapToInt((k) -> statement.indexOfWord(k, 1, 4)).max().orElse(-1);
			boolean orReplace = statement.matchesAt(1, "or", "replace");
			if (kind > 0 && !orReplace && !statement.hasPhrase("if", "not", "exists")) {
				String object = statement.word(kind).equals("materialized") ? "MATERIALIZED VIEW"
						: statement.word(kind).toUpperCase();
				findings.report(statement.line(), "CREATE " + object + " without IF NOT EXISTS fails when the object"
						+ " is already there, e.g. after a partial manual fix.",
						"Write CREATE " + object + " IF NOT EXISTS.");
			}
		}
		else if (statement.startsWith("drop") && !statement.matchesAt(1, "owned") && !statement.hasPhrase("if", "exists")) {
			findings.report(statement.line(), "DROP without IF EXISTS fails when the object is already gone.",
					"Write DROP ... IF EXISTS.");
		}
	}

	/** What takes IF NOT EXISTS; a plain view takes OR REPLACE instead, a materialized one does. */
	private static final List<String> KINDS_WITH_IF_NOT_EXISTS = List.of("table", "index", "sequence", "schema",
			"extension", "materialized");

}
