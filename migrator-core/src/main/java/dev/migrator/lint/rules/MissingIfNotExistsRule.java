package dev.migrator.lint.rules;

import java.util.List;
import java.util.Locale;

import dev.migrator.lint.FileContext;
import dev.migrator.lint.Findings;
import dev.migrator.lint.LintRule;
import dev.migrator.lint.Severity;
import dev.migrator.lint.StatementView;

/**
 * {@code missing-if-not-exists}: CREATE/DROP without IF [NOT] EXISTS in a no-transaction file.
 * There each statement commits on its own, so a file that failed halfway is re-run over what it
 * already did; a failed transactional file leaves nothing behind, so the rule leaves it alone.
 */
final class MissingIfNotExistsRule implements LintRule {

	/** What takes IF NOT EXISTS; a plain view takes OR REPLACE instead, a materialized one does. */
	private static final List<String> KINDS_WITH_IF_NOT_EXISTS = List.of("table", "index", "sequence", "schema",
			"extension", "materialized");

	/** Object kinds of more than one word, so IF EXISTS goes after the last of them. */
	private static final List<List<String>> MULTI_WORD_KINDS = List.of(List.of("index", "concurrently"),
			List.of("materialized", "view"), List.of("foreign", "table"), List.of("foreign", "data", "wrapper"),
			List.of("event", "trigger"), List.of("access", "method"), List.of("user", "mapping"),
			List.of("text", "search", "configuration"), List.of("text", "search", "dictionary"),
			List.of("text", "search", "parser"), List.of("text", "search", "template"), List.of("operator", "class"),
			List.of("operator", "family"));

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
		if (!file.noTransaction()) {
			return;
		}
		if (statement.startsWith("create")) {
			int kind = KINDS_WITH_IF_NOT_EXISTS.stream().mapToInt((k) -> statement.indexOfWord(k, 1, 4)).max().orElse(-1);
			boolean orReplace = statement.matchesAt(1, "or", "replace");
			if (kind > 0 && !orReplace && !statement.hasPhrase("if", "not", "exists")) {
				String object = statement.word(kind).equals("materialized") ? "MATERIALIZED VIEW"
						: statement.word(kind).toUpperCase(Locale.ROOT);
				findings.report(statement.line(), "CREATE " + object + " without IF NOT EXISTS fails when the file is"
						+ " run again after failing halfway: each statement of a no-transaction file commits on its own.",
						"Write " + withIfNotExists(statement, kind));
			}
		}
		else if (statement.startsWith("drop") && !statement.matchesAt(1, "owned") && !statement.hasPhrase("if", "exists")) {
			findings.report(statement.line(), "DROP without IF EXISTS fails when the file is run again after failing"
					+ " halfway: each statement of a no-transaction file commits on its own.",
					"Write " + statement.rewritten(afterKind(statement), "IF EXISTS"));
		}
	}

	/** The statement with IF NOT EXISTS, naming an unnamed index as PostgreSQL would. */
	private static String withIfNotExists(StatementView statement, int kind) {
		int name = kind + (statement.word(kind).equals("materialized") ? 2 : 1);
		if (statement.isWord(name, "concurrently")) {
			name++;
		}
		if (statement.isWord(kind, "index") && statement.isWord(name, "on")) {
			String table = statement.indexedTable();
			return statement.rewritten(name, "IF NOT EXISTS " + table + "_"
					+ String.join("_", statement.indexedColumns()) + "_idx");
		}
		return statement.rewritten(name, "IF NOT EXISTS");
	}

	/** The index of the first token after DROP and the object kind's words. */
	private static int afterKind(StatementView statement) {
		for (List<String> kind : MULTI_WORD_KINDS) {
			if (statement.matchesAt(1, kind.toArray(String[]::new))) {
				return 1 + kind.size();
			}
		}
		return 2;
	}

}
