package dev.migrator.lint.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import dev.migrator.lint.StatementView;

/**
 * Questions rules ask about a range of a statement's tokens, such as one ALTER TABLE action.
 */
final class Ranges {

	/** Functions whose value differs per row, so a default using them is computed per row. */
	private static final Set<String> VOLATILE_FUNCTIONS = Set.of("random", "gen_random_uuid", "uuid_generate_v1",
			"uuid_generate_v1mc", "uuid_generate_v4", "clock_timestamp", "timeofday", "nextval", "statement_timestamp",
			"txid_current", "setseed");

	private static final Set<String> SERIAL_TYPES = Set.of("serial", "bigserial", "smallserial", "serial2", "serial4",
			"serial8");

	private static final Set<String> TABLE_CONSTRAINT_WORDS = Set.of("constraint", "primary", "unique", "foreign",
			"check", "exclude");

	private Ranges() {
	}

	static boolean has(StatementView statement, int[] range, String... phrase) {
		for (int i = range[0]; i < range[1]; i++) {
			if (statement.matchesAt(i, phrase)) {
				return true;
			}
		}
		return false;
	}

	/** Whether the element at {@code index} is a table constraint rather than a column. */
	static boolean isTableConstraint(StatementView statement, int index) {
		return statement.tokens().size() > index && TABLE_CONSTRAINT_WORDS.contains(statement.word(index))
				&& statement.tokens().get(index).type() == dev.migrator.sql.TokenType.WORD;
	}

	/** The volatile function (or serial type) an ADD COLUMN action uses, or {@code null}. */
	static String volatileCall(StatementView statement, int[] range) {
		for (int i = range[0]; i < range[1]; i++) {
			if (statement.tokens().get(i).type() != dev.migrator.sql.TokenType.WORD) {
				continue;
			}
			String word = statement.word(i);
			if (VOLATILE_FUNCTIONS.contains(word) && i + 1 < range[1]
					&& statement.tokens().get(i + 1).text().equals("(")) {
				return word + "()";
			}
			if (SERIAL_TYPES.contains(word)) {
				return word + " (nextval)";
			}
		}
		return null;
	}

	/** Whether the statement declares column types: CREATE TABLE, ALTER TABLE, CREATE DOMAIN or TYPE. */
	static boolean definesColumns(StatementView statement) {
		return statement.createdTable() != null || statement.alteredTable() != null
				|| statement.startsWith("create", "domain") || statement.startsWith("create", "type");
	}

	/** Skips a type modifier such as {@code (3)} after a type name. */
	static int afterModifier(StatementView statement, int index) {
		if (index < statement.tokens().size() && statement.tokens().get(index).text().equals("(")) {
			return statement.matchingParenthesis(index) + 1;
		}
		return index;
	}

	/**
	 * Column definitions as token ranges starting at the column's name: the columns of a
	 * CREATE TABLE and those an ALTER TABLE adds.
	 */
	static List<int[]> columnDefinitions(StatementView statement) {
		List<int[]> columns = new ArrayList<>();
		for (int[] element : statement.createTableElements()) {
			if (!isTableConstraint(statement, element[0]) && !statement.isWord(element[0], "like")) {
				columns.add(element);
			}
		}
		for (int[] action : statement.alterActions()) {
			if (!statement.isWord(action[0], "add") || isTableConstraint(statement, action[0] + 1)) {
				continue;
			}
			int name = action[0] + 1;
			if (statement.isWord(name, "column")) {
				name++;
			}
			if (statement.matchesAt(name, "if", "not", "exists")) {
				name += 3;
			}
			columns.add(new int[] { name, action[1] });
		}
		return columns;
	}

}
