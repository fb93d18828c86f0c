package dev.migrator.lint;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a file did before the statement a rule looks at: tables it created (new tables take
 * no lock worth worrying about), indexes it built, and check constraints it validated.
 */
public final class FileContext {

	private final String fileName;

	private final boolean down;

	private final boolean noTransaction;

	private final int postgresMajor;

	private final Set<String> createdTables = new HashSet<>();

	private final Map<String, List<List<String>>> indexes = new HashMap<>();

	private final Map<String, String> notNullChecks = new HashMap<>();

	private final Set<String> validatedNotNull = new HashSet<>();

	private final List<ForeignKey> foreignKeys = new ArrayList<>();

	FileContext(String fileName, boolean down, boolean noTransaction, int postgresMajor) {
		this.fileName = fileName;
		this.down = down;
		this.noTransaction = noTransaction;
		this.postgresMajor = postgresMajor;
	}

	public String fileName() {
		return this.fileName;
	}

	public boolean down() {
		return this.down;
	}

	public boolean noTransaction() {
		return this.noTransaction;
	}

	public int postgresMajor() {
		return this.postgresMajor;
	}

	/** Whether the table was created earlier in this file, so nobody else uses it yet. */
	public boolean isNew(String table) {
		return table != null && this.createdTables.contains(table);
	}

	void tableCreated(String table) {
		this.createdTables.add(table);
	}

	/** Records columns that lead an index (a primary key or unique constraint counts too). */
	public void indexed(String table, List<String> columns) {
		this.indexes.computeIfAbsent(table, (key) -> new ArrayList<>()).add(columns);
	}

	/** Whether some index of the table starts with these columns. */
	public boolean hasIndexLeadingWith(String table, List<String> columns) {
		for (List<String> index : this.indexes.getOrDefault(table, List.of())) {
			if (index.size() >= columns.size() && index.subList(0, columns.size()).equals(columns)) {
				return true;
			}
		}
		return false;
	}

	public void foreignKey(String table, List<String> columns, int line) {
		this.foreignKeys.add(new ForeignKey(table, columns, line));
	}

	public List<ForeignKey> foreignKeys() {
		return this.foreignKeys;
	}

	public void notNullCheck(String constraint, String table, String column) {
		this.notNullChecks.put(constraint, table + "." + column);
	}

	public void validated(String constraint) {
		String column = this.notNullChecks.get(constraint);
		if (column != null) {
			this.validatedNotNull.add(column);
		}
	}

	/** Whether a validated {@code CHECK (column IS NOT NULL)} lets SET NOT NULL skip its scan. */
	public boolean hasValidatedNotNullCheck(String table, String column) {
		return this.validatedNotNull.contains(table + "." + column);
	}

	/** A foreign key met in the file, checked for an index once the whole file is read. */
	public record ForeignKey(String table, List<String> columns, int line) {

	}

}
