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
	 * @param file the file as the parser was given it: where a migration file is
	 * ({@code classpath:…} or a path), or a name for SQL that is not a file's
	 */
	public SqlSyntaxException(String file, int line, int column, String problem) {
		super(file + ":" + line + ":" + column + ": " + problem);
		this.location = file;
		this.fileName = file.substring(Math.max(file.lastIndexOf('/'), file.lastIndexOf(':')) + 1);
		this.line = line;
		this.column = column;
		this.problem = problem;
	}

	/** Where the file is ({@code classpath:…} or a path), as the parser was given it. */
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
