package dev.migrator.sql;

import dev.migrator.MigratorException;

/**
 * A migration file cannot be split or breaks a file-level rule; names the file, line and
 * column, and what to do.
 */
public class SqlSyntaxException extends MigratorException {

	private final String fileName;

	private final int line;

	private final int column;

	private final String problem;

	public SqlSyntaxException(String fileName, int line, int column, String problem) {
		super(fileName + ":" + line + ":" + column + ": " + problem);
		this.fileName = fileName;
		this.line = line;
		this.column = column;
		this.problem = problem;
	}

	public String fileName() {
		return this.fileName;
	}

	public int line() {
		return this.line;
	}

	public int column() {
		return this.column;
	}

	/** What is wrong and what to do, without the position. */
	public String problem() {
		return this.problem;
	}

}
