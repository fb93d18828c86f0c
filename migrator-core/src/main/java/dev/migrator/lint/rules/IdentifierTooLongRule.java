package dev.migrator.lint.rules;

import java.nio.charset.StandardCharsets;

import dev.migrator.sql.Token;
import dev.migrator.sql.TokenType;

import dev.migrator.lint.FileContext;
import dev.migrator.lint.Findings;
import dev.migrator.lint.LintRule;
import dev.migrator.lint.Severity;
import dev.migrator.lint.StatementView;

/**
 * {@code identifier-too-long}: names over 63 bytes are silently truncated.
 */
final class IdentifierTooLongRule implements LintRule {

	@Override
	public String id() {
		return "identifier-too-long";
	}

	@Override
	public Severity defaultSeverity() {
		return Severity.ERROR;
	}

	@Override
	public void check(StatementView statement, FileContext file, Findings findings) {
		if (!statement.startsWith("create") && !statement.startsWith("alter")) {
			return;
		}
		for (int i = 0; i < statement.tokens().size(); i++) {
			Token token = statement.tokens().get(i);
			if ((token.type() == TokenType.WORD || token.type() == TokenType.QUOTED_IDENTIFIER)
					&& statement.word(i).getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
				findings.report(token.line(), "The identifier " + statement.word(i) + " is longer than 63 bytes;"
						+ " PostgreSQL silently truncates it, so two names can collide and later statements miss it.",
						"Use a name of at most 63 bytes.");
			}
		}
	}

	private static final int MAX_BYTES = 63;

}
