package dev.migrator;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The configured history table exists but is someone else's table; nothing is written to it.
 */
public final class NotAHistoryTableException extends MigratorException {

	private final String table;

	/**
	 * @param table the table's name, {@code schema.table}
	 */
	public NotAHistoryTableException(String table) {
		super("The table " + table + " exists but is not a migration history table (it has neither Migrator's nor"
				+ " golang-migrate's columns). Configure another history table name, or rename that table.");
		this.table = table;
	}

	/** The table's name, {@code schema.table}. */
	public String table() {
		return this.table;
	}

	@Override
	public Map<String, Object> details() {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("table", this.table);
		return details;
	}

}
