package dev.migrator.sql;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Splits a stream of SQL into statements, one at a time, keeping only the current statement
 * in memory. A statement runs from its first token to its terminating {@code ;} (or the end
 * of input); semicolons inside quotes, comments, parentheses and {@code BEGIN ATOMIC … END}
 * bodies don't end it, and empty statements ({@code ;} alone) are skipped, as PostgreSQL does. {@code COPY … FROM STDIN} takes the data lines after it up to {@code \.}: held in
 * the statement, or, when streaming, offered as a {@link #copyData() reader} that must be
 * consumed before the next statement is asked for (what is not consumed is skipped). Each
 * statement comes with its {@link StatementFacts facts}, decided from the tokens read.
 */
public final class SqlStatementReader implements Iterator<SqlStatement>, AutoCloseable {

	private final Reader reader;

	private final SqlLexer lexer;

	private final StringBuilder capture = new StringBuilder(256);

	private final boolean streamCopyData;

	private SqlStatement next;

	private boolean done;

	private CopyDataReader pendingCopy;

	public SqlStatementReader(String fileName, Reader reader) {
		this(fileName, reader, false);
	}

	/**
	 * @param streamCopyData whether COPY data is streamed through {@link #copyData()} rather
	 * than held in the statement
	 */
	public SqlStatementReader(String fileName, Reader reader, boolean streamCopyData) {
		this.reader = reader;
		this.lexer = new SqlLexer(reader, fileName, 1, 1);
		this.streamCopyData = streamCopyData;
	}

	/**
	 * When streaming, the data of the {@code COPY … FROM STDIN} statement just returned by
	 * {@link #next()}, as lines ending in {@code \n}; {@code null} for other statements.
	 */
	public Reader copyData() {
		return this.pendingCopy;
	}

	@Override
	public boolean hasNext() {
		if (this.next == null && !this.done && this.pendingCopy != null) {
			this.pendingCopy.skipRest();
			this.pendingCopy = null;
		}
		if (this.next == null && !this.done) {
			this.next = read();
			this.done = (this.next == null);
		}
		return this.next != null;
	}

	@Override
	public SqlStatement next() {
		if (!hasNext()) {
			throw new NoSuchElementException();
		}
		SqlStatement result = this.next;
		this.next = null;
		return result;
	}

	/** The {@code -- migrator:} comments read so far. */
	List<Directive> directives() {
		return List.copyOf(this.lexer.directives());
	}

	private SqlStatement read() {
		StatementShape shape = new StatementShape();
		List<Token> tokens = new ArrayList<>();
		int line = 0;
		int column = 0;
		int textEnd = 0;
		this.lexer.stopCapture();
		while (true) {
			TokenType type = this.lexer.scan();
			if (type == null) {
				break;
			}
			boolean terminator = type == TokenType.PUNCTUATION && shape.endsAt(this.lexer.text());
			if (shape.isEmpty()) {
				if (terminator) {
					// an empty statement, as PostgreSQL sees it too: nothing to run, the file goes on
					continue;
				}
				line = this.lexer.tokenLine();
				column = this.lexer.tokenColumn();
				refuseMetaCommand(type, line, column);
				this.lexer.startCapture(this.capture);
				this.capture.append(this.lexer.text());
			}
			if (terminator) {
				break;
			}
			shape.accept(type, this.lexer.text());
			// the facts never read a string's text, which may be a long routine body, but for a DO
			// block's: whether it commits decides where it may run
			boolean blank = type == TokenType.STRING && !isDoBlock(tokens);
			tokens.add(new Token(type, blank ? "" : this.lexer.text().toString(), this.lexer.tokenLine(),
					this.lexer.tokenColumn()));
			textEnd = this.capture.length();
		}
		this.lexer.stopCapture();
		if (shape.isEmpty()) {
			return null;
		}
		String sql = this.capture.substring(0, textEnd);
		StatementFacts facts = StatementFacts.of(tokens);
		if (shape.isCopyFromStdin() && this.streamCopyData) {
			this.pendingCopy = new CopyDataReader(this.lexer, line, column);
			return new SqlStatement(sql, line, column, null, facts);
		}
		String copyData = shape.isCopyFromStdin() ? this.lexer.readCopyData(line, column) : null;
		return new SqlStatement(sql, line, column, copyData, facts);
	}

	private void refuseMetaCommand(TokenType type, int line, int column) {
		CharSequence text = this.lexer.text();
		if (type == TokenType.OPERATOR && text.length() > 0 && text.charAt(0) == '\\') {
			String rest = this.lexer.readLine().strip();
			int space = rest.indexOf(' ');
			String command = text + ((space < 0) ? rest : rest.substring(0, space));
			throw this.lexer.error(line, column, "psql meta-command " + command + " is not supported by Migrator;"
					+ " migrations are plain SQL run over JDBC, so inline the SQL it would run instead");
		}
	}

	@Override
	public void close() throws IOException {
		this.reader.close();
	}

	private static boolean isDoBlock(List<Token> tokens) {
		return !tokens.isEmpty() && tokens.get(0).type() == TokenType.WORD
				&& tokens.get(0).text().equalsIgnoreCase("do");
	}

}
