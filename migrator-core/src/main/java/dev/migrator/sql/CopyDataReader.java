package dev.migrator.sql;

import java.io.Reader;

/**
 * The inline data of a {@code COPY … FROM STDIN}, read line by line from the file as the
 * server takes it, up to the {@code \.} line, so a large table's data never sits in memory.
 */
final class CopyDataReader extends Reader {

	private static final String TERMINATOR = "\\.";

	private final SqlLexer lexer;

	private final int copyLine;

	private final int copyColumn;

	private String line;

	private int position;

	private boolean finished;

	private boolean started;

	CopyDataReader(SqlLexer lexer, int copyLine, int copyColumn) {
		this.lexer = lexer;
		this.copyLine = copyLine;
		this.copyColumn = copyColumn;
	}

	@Override
	public int read(char[] target, int offset, int length) {
		if (length == 0) {
			return 0;
		}
		if (!nextLineIfNeeded()) {
			return -1;
		}
		int count = Math.min(length, this.line.length() - this.position);
		this.line.getChars(this.position, this.position + count, target, offset);
		this.position += count;
		return count;
	}

	/** Reads past the data that was not consumed, up to and including the terminator. */
	void skipRest() {
		while (!this.finished) {
			this.position = Integer.MAX_VALUE;
			nextLineIfNeeded();
		}
	}

	private boolean nextLineIfNeeded() {
		if (!this.started) {
			this.lexer.readLine();
			this.started = true;
		}
		while (!this.finished && (this.line == null || this.position >= this.line.length())) {
			if (this.lexer.atEnd()) {
				throw this.lexer.error(this.copyLine, this.copyColumn, "COPY ... FROM STDIN data is not"
						+ " terminated by a line \\.; end the data with a line holding only \\.");
			}
			String next = this.lexer.readLine();
			if (next.equals(TERMINATOR)) {
				this.finished = true;
				this.line = null;
			}
			else {
				this.line = next + "\n";
				this.position = 0;
			}
		}
		return !this.finished;
	}

	@Override
	public void close() {
		skipRest();
	}

}
