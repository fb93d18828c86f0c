package dev.migrator;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A migration file cannot be split or breaks a file-level rule; names the file, line and
 * column, and what to do.
 */
public final class SqlSyntaxException extends MigratorException {

	private final String location;

	private final String fileName;

	private final int line;

	private final int column;

	private final String problem;

	/**
	 * @param fileName the file's name, as the parser was given it
	 */
	public SqlSyntaxException(String fileName, int line, int column, String problem) {
		this(null, fileName, line, column, problem);
	}

	private SqlSyntaxException(String location, String fileName, int line, int column, String problem) {
		super(fileName + ":" + line + ":" + column + ": " + problem);
		this.location = location;
		this.fileName = fileName;
		this.line = line;
		this.column = column;
		this.problem = problem;
	}

	/**
	 * The same error naming where the file is, for the engine to throw: the parser knows only
	 * the file's name.
	 */
	public SqlSyntaxException at(String location) {
		SqlSyntaxException located = new SqlSyntaxException(location, this.fileName, this.line, this.column,
				this.problem);
		located.setStackTrace(getStackTrace());
		return located;
	}

	/** Where the file is ({@code classpath:…} or a path), {@code null} for SQL that is not a migration file's. */
	public String location() {
		return this.location;
	}

	/** The file's name. */
	public String fileName() {
		return this.fileName;
	}

	/** The 1-based line of the problem. */
	public int line() {
		return this.line;
	}

	/** The 1-based column of the problem. */
	public int column() {
		return this.column;
	}

	/** What is wrong and what to do, without the position. */
	public String problem() {
		return this.problem;
	}

	@Override
	public Map<String, Object> details() {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("file", this.fileName);
		details.put("line", this.line);
		details.put("column", this.column);
		return details;
	}

}
