package dev.migrator.lint;

import java.util.List;

/**
 * Records in the file's context what a statement did, once the rules have looked at it:
 * tables (and materialized views) created or dropped, indexes and keys built, foreign keys
 * declared, checks validated.
 */
final class FileObserver {

	private FileObserver() {
	}

	static void observe(StatementView statement, FileContext file) {
		SetContext set = file.set();
		String created = statement.createdTable();
		if (created != null) {
			set.tableCreated(created);
			for (int[] element : statement.createTableElements()) {
				observeElement(statement, file, created, element, true);
			}
		}
		if (statement.startsWith("create", "materialized", "view")) {
			int name = statement.matchesAt(3, "if", "not", "exists") ? 6 : 3;
			set.tableCreated(statement.nameAt(name));
		}
		if (statement.startsWith("drop", "table")) {
			int name = statement.matchesAt(2, "if", "exists") ? 4 : 2;
			for (int[] range : statement.splitTopLevel(name, statement.tokens().size())) {
				set.tableDropped(statement.nameAt(range[0]));
			}
		}
		String indexed = statement.indexedTable();
		if (indexed != null) {
			set.indexed(indexed, statement.indexedColumns());
		}
		String altered = statement.alteredTable();
		if (altered != null) {
			for (int[] action : statement.alterActions()) {
				observeAction(statement, file, altered, action);
			}
		}
	}

	private static void observeAction(StatementView statement, FileContext file, String table, int[] action) {
		if (statement.matchesAt(action[0], "rename", "to")) {
			file.set().tableRenamed(table, statement.nameAt(action[0] + 2));
			return;
		}
		if (statement.matchesAt(action[0], "validate", "constraint")) {
			file.set().validated(statement.word(action[0] + 2));
			return;
		}
		if (!statement.isWord(action[0], "add")) {
			return;
		}
		int start = action[0] + 1;
		if (statement.isWord(start, "constraint")) {
			String name = statement.word(start + 1);
			int check = statement.indexOfWord("check", start, action[1]);
			if (check > 0 && statement.matchesAt(check + 3, "is", "not", "null")) {
				file.set().notNullCheck(name, table, statement.word(check + 2));
			}
			start += 2;
		}
		else if (statement.isWord(start, "column")) {
			start++;
		}
		observeElement(statement, file, table, new int[] { start, action[1] }, false);
	}

	/** A column definition or a table constraint, in CREATE TABLE or ALTER TABLE ... ADD. */
	private static void observeElement(StatementView statement, FileContext file, String table, int[] element,
			boolean inCreateTable) {
		int first = element[0];
		if (statement.matchesAt(first, "if", "not", "exists")) {
			first += 3;
		}
		if (statement.matchesAt(first, "primary", "key") || statement.isWord(first, "unique")) {
			file.set().indexed(table, statement.columnList(first, element[1]));
			return;
		}
		if (statement.matchesAt(first, "foreign", "key")) {
			file.foreignKey(table, statement.columnList(first, element[1]), statement.tokens().get(first).line());
			return;
		}
		if (statement.isWord(first, "constraint") || statement.isWord(first, "check")
				|| statement.isWord(first, "exclude") || statement.isWord(first, "like")) {
			return;
		}
		String column = statement.word(first);
		List<String> columns = List.of(column);
		if (statement.indexOfWord("primary", first, element[1]) > 0 || statement.indexOfWord("unique", first, element[1]) > 0) {
			file.set().indexed(table, columns);
		}
		if (statement.indexOfWord("references", first, element[1]) > 0) {
			file.foreignKey(table, columns, statement.tokens().get(first).line());
		}
	}

}
