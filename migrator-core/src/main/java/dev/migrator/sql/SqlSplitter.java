package dev.migrator.sql;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits SQL text held in memory into statements; see {@link SqlStatementReader} for files.
 */
public final class SqlSplitter {

	private SqlSplitter() {
	}

	public static List<SqlStatement> split(String fileName, String content) {
		List<SqlStatement> statements = new ArrayList<>();
		SqlStatementReader reader = new SqlStatementReader(fileName, new StringReader(content));
		reader.forEachRemaining(statements::add);
		return statements;
	}

}
