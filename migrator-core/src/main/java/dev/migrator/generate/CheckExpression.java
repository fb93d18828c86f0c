package dev.migrator.generate;

import dev.migrator.GeneratorException;
import dev.migrator.sql.SqlLexer;
import dev.migrator.SqlSyntaxException;
import dev.migrator.sql.Token;

/** A check expression is SQL from the command line: it is lexed and refused if it could end the statement. */
final class CheckExpression {

	private CheckExpression() {
	}

	static String validated(String check) {
		if (check == null || check.isBlank()) {
			throw new GeneratorException("add-check-constraint needs an expression: --check \"price >= 0\"");
		}
		if (check.contains("--") || check.contains("/*") || check.contains("\n")) {
			throw new GeneratorException("The check expression must be one line without comments.");
		}
		int depth = 0;
		boolean balanced = true;
		try {
			for (Token token : SqlLexer.tokenize(check, 1, 1)) {
				if (token.text().equals(";")) {
					throw new GeneratorException("The check expression must not contain ';'.");
				}
				depth += token.text().equals("(") ? 1 : token.text().equals(")") ? -1 : 0;
				balanced &= depth >= 0;
			}
		}
		catch (SqlSyntaxException ex) {
			throw new GeneratorException("The check expression is not valid SQL: " + ex.problem());
		}
		if (!balanced || depth != 0) {
			throw new GeneratorException("The check expression has unbalanced parentheses.");
		}
		return check.strip();
	}

}
