package dev.migrator;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The database refused or failed a request of the engine's own (connecting, reading the
 * history, preparing a scratch database), outside any migration's SQL.
 */
public final class DatabaseException extends MigratorException {

	private final String sqlState;

	/**
	 * @param context what was being done, e.g. "Database error" or "Could not read the scratch
	 * database's schema"
	 */
	public DatabaseException(String context, SQLException cause) {
		super(context + ": " + cause.getMessage(), cause);
		this.sqlState = cause.getSQLState();
	}

	/** The SQLSTATE the driver or server reported, {@code null} when there is none. */
	public String sqlState() {
		return this.sqlState;
	}

	@Override
	public Map<String, Object> details() {
		Map<String, Object> details = new LinkedHashMap<>();
		if (this.sqlState != null) {
			details.put("sqlState", this.sqlState);
		}
		return details;
	}

}
