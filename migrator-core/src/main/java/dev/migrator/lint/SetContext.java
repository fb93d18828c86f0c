package dev.migrator.lint;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the earlier files of a set created, as lint reads them in version order: the tables a
 * pending file created earlier in the same run (new: nobody uses them yet, so the locking rules
 * don't apply), the indexes of every earlier file (a primary key or unique constraint counts),
 * and the NOT NULL checks validated so far. A table created by an applied migration is existing.
 */
final class SetContext {

	private final Set<String> newTables = new HashSet<>();

	private final Map<String, List<List<String>>> indexes = new HashMap<>();

	private final Map<String, String> notNullChecks = new HashMap<>();

	private final Set<String> validatedNotNull = new HashSet<>();

	/** The context of a file read alone, or of the first file of a fresh database. */
	SetContext() {
	}

	/** The run is committed: the tables it created are existing for the files after it. */
	void endRun() {
		this.newTables.clear();
	}

	boolean isNew(String table) {
		return table != null && this.newTables.contains(table);
	}

	void tableCreated(String table) {
		this.newTables.add(table);
	}

	void tableDropped(String table) {
		this.newTables.remove(table);
		this.indexes.remove(table);
	}

	/** A renamed table keeps what it was: new if it was created in this run, with its indexes. */
	void tableRenamed(String table, String newName) {
		if (this.newTables.remove(table)) {
			this.newTables.add(newName);
		}
		List<List<String>> indexes = this.indexes.remove(table);
		if (indexes != null) {
			this.indexes.put(newName, indexes);
		}
	}

	void indexed(String table, List<String> columns) {
		this.indexes.computeIfAbsent(table, (key) -> new ArrayList<>()).add(columns);
	}

	boolean hasIndexLeadingWith(String table, List<String> columns) {
		for (List<String> index : this.indexes.getOrDefault(table, List.of())) {
			if (index.size() >= columns.size() && index.subList(0, columns.size()).equals(columns)) {
				return true;
			}
		}
		return false;
	}

	void notNullCheck(String constraint, String table, String column) {
		this.notNullChecks.put(constraint, table + "." + column);
	}

	void validated(String constraint) {
		String column = this.notNullChecks.get(constraint);
		if (column != null) {
			this.validatedNotNull.add(column);
		}
	}

	boolean hasValidatedNotNullCheck(String table, String column) {
		return this.validatedNotNull.contains(table + "." + column);
	}

}
