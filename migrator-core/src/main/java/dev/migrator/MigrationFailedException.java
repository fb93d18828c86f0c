package dev.migrator;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A statement of a migration failed on the server.
 */
public final class MigrationFailedException extends MigratorException {

	private final MigrationStep step;

	private final String file;

	private final int line;

	private final int column;

	private final String sqlState;

	private final String serverMessage;

	private final String outcome;

	private final boolean leftDirty;

	/**
	 * @param outcome the state the database was left in and what to do, as a sentence
	 * @param leftDirty whether the migration was left dirty (it ran outside a transaction),
	 * so that running again refuses until it is resumed or forced
	 */
	public MigrationFailedException(MigrationStep step, String file, int line, int column, String sqlState,
			String serverMessage, String outcome, boolean leftDirty, Throwable cause) {
		super(file + ":" + line + ":" + column + ": migration " + step.version() + " (" + step.description() + ", "
				+ step.direction().name().toLowerCase(Locale.ROOT) + ") failed: ERROR " + sqlState + ": " + serverMessage + ". "
				+ outcome, cause);
		this.step = step;
		this.file = file;
		this.line = line;
		this.column = column;
		this.sqlState = sqlState;
		this.serverMessage = serverMessage;
		this.outcome = outcome;
		this.leftDirty = leftDirty;
	}

	public MigrationStep step() {
		return this.step;
	}

	/** Where the file that failed is: {@code classpath:…} or a path. */
	public String file() {
		return this.file;
	}

	/** The name of the file that failed. */
	public String fileName() {
		return fileNameOf(this.file);
	}

	/** The 1-based line in the file where the server placed the error. */
	public int line() {
		return this.line;
	}

	/** The 1-based column in the file where the server placed the error. */
	public int column() {
		return this.column;
	}

	public String sqlState() {
		return this.sqlState;
	}

	public String serverMessage() {
		return this.serverMessage;
	}

	/** The state the database was left in and the action to take. */
	public String outcome() {
		return this.outcome;
	}

	/** Whether the migration was left dirty: a plain rerun refuses, {@code up --resume} or {@code force} decides. */
	public boolean leftDirty() {
		return this.leftDirty;
	}

	@Override
	public Map<String, Object> details() {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("version", this.step.version());
		details.put("direction", this.step.direction().name().toLowerCase(Locale.ROOT));
		details.put("file", this.file);
		details.put("line", this.line);
		details.put("column", this.column);
		details.put("sqlState", this.sqlState);
		details.put("serverMessage", this.serverMessage);
		return details;
	}

}
