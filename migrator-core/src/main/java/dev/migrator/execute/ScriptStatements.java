package dev.migrator.execute;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;

import dev.migrator.source.MigrationScript;
import dev.migrator.sql.SqlScript;
import dev.migrator.sql.SqlStatement;
import dev.migrator.sql.SqlStatementReader;

/**
 * The statements of a script as they run, one at a time: from the parsed script, or, for a
 * script with {@code COPY … FROM STDIN} data or one too large to hold, read again from the
 * file so that it streams to the server without being held in memory.
 */
final class ScriptStatements implements AutoCloseable {

	private final List<SqlStatement> parsed;

	private final int count;

	private final SqlStatementReader reader;

	private final int skipFirst;

	private int index = -1;

	private SqlStatement current;

	private ScriptStatements(SqlScript script, SqlStatementReader reader, int skipFirst) {
		this.parsed = script.statements();
		this.count = script.statementCount();
		this.reader = reader;
		this.skipFirst = skipFirst;
	}

	static ScriptStatements of(SqlScript script, MigrationScript file) {
		if (!script.copyData() && !script.streamed()) {
			return new ScriptStatements(script, null, 0);
		}
		try {
			Reader content = file.openReader();
			return new ScriptStatements(script, new SqlStatementReader(file.location(), content, true),
					script.wrapped() ? 1 : 0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read " + file.location(), ex);
		}
	}

	/** Moves to the next statement of the body; {@code false} after the last. */
	boolean next() {
		this.index++;
		if (this.index >= this.count) {
			return false;
		}
		if (this.reader == null) {
			this.current = this.parsed.get(this.index);
			return true;
		}
		if (this.index == 0) {
			for (int i = 0; i < this.skipFirst; i++) {
				this.reader.next();
			}
		}
		this.current = this.reader.next();
		return true;
	}

	/** The 0-based index of the current statement in the script's body. */
	int index() {
		return this.index;
	}

	SqlStatement statement() {
		return this.current;
	}

	/** The current statement's COPY data, or {@code null} when it has none. */
	Reader copyData() {
		if (this.reader != null) {
			return this.reader.copyData();
		}
		return (this.current.copyData() != null) ? new StringReader(this.current.copyData().isEmpty() ? ""
				: this.current.copyData() + "\n") : null;
	}

	@Override
	public void close() {
		if (this.reader != null) {
			try {
				this.reader.close();
			}
			catch (IOException ex) {
				// the file was only read
			}
		}
	}

}
