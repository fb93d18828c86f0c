package dev.migrator.sql;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import dev.migrator.SqlSyntaxException;

/**
 * A single-pass PostgreSQL lexer over a stream of characters. It knows quotes ({@code ''},
 * {@code E''}, {@code U&''}, {@code B''}, {@code X''}), dollar quotes with tags, quoted
 * identifiers, positional parameters, and nested block comments, and keeps every token's
 * line and column. The splitter, lint and the generator's self-check all read SQL through it.
 */
public final class SqlLexer {

	private static final int INITIAL_BUFFER_SIZE = 1024;

	private static final int BULK_BUFFER_SIZE = 64 * 1024;

	private final Reader reader;

	private final String fileName;

	private char[] buffer = new char[INITIAL_BUFFER_SIZE];

	private int position;

	private int limit;

	private boolean endOfInput;

	private int line;

	private int column;

	private final StringBuilder text = new StringBuilder(64);

	private StringBuilder capture;

	private int tokenLine;

	private int tokenColumn;

	private final List<Directive> directives = new ArrayList<>();

	SqlLexer(Reader reader, String fileName, int startLine, int startColumn) {
		this.reader = reader;
		this.fileName = fileName;
		this.line = startLine;
		this.column = startColumn;
	}

	/**
	 * The tokens of a statement (comments and white space left out), positioned as if the
	 * statement started at the given line and column of its file.
	 */
	public static List<Token> tokenize(String sql, int startLine, int startColumn) {
		SqlLexer lexer = new SqlLexer(new StringReader(sql), "<statement>", startLine, startColumn);
		List<Token> tokens = new ArrayList<>();
		TokenType type;
		while ((type = lexer.scan()) != null) {
			tokens.add(new Token(type, lexer.text.toString(), lexer.tokenLine, lexer.tokenColumn));
		}
		return tokens;
	}

	/** Skips white space and comments, then reads one token; {@code null} at the end of input. */
	TokenType scan() {
		skipTrivia();
		int c = peek(0);
		if (c < 0) {
			return null;
		}
		this.tokenLine = this.line;
		this.tokenColumn = this.column;
		this.text.setLength(0);
		return scanToken((char) c);
	}

	/** The text of the token {@link #scan()} returned last. */
	CharSequence text() {
		return this.text;
	}

	int tokenLine() {
		return this.tokenLine;
	}

	int tokenColumn() {
		return this.tokenColumn;
	}

	int line() {
		return this.line;
	}

	int column() {
		return this.column;
	}

	String fileName() {
		return this.fileName;
	}

	/** The {@code -- migrator:} comments seen so far. */
	List<Directive> directives() {
		return this.directives;
	}

	/** From now on, every character consumed is also appended to a fresh capture buffer. */
	void startCapture(StringBuilder target) {
		target.setLength(0);
		this.capture = target;
	}

	void stopCapture() {
		this.capture = null;
	}

	/**
	 * Reads the data lines of {@code COPY … FROM STDIN}: the rest of the current line is
	 * dropped, then lines are kept up to a line that is exactly {@code \.}.
	 */
	String readCopyData(int copyLine, int copyColumn) {
		readLine();
		StringBuilder data = new StringBuilder();
		while (true) {
			if (peek(0) < 0) {
				throw error(copyLine, copyColumn, "COPY ... FROM STDIN data is not terminated by a line \\.;"
						+ " end the data with a line holding only \\.");
			}
			String dataLine = readLine();
			if (dataLine.equals("\\.")) {
				return data.toString();
			}
			if (!data.isEmpty()) {
				data.append('\n');
			}
			data.append(dataLine);
		}
	}

	boolean atEnd() {
		return peek(0) < 0;
	}

	/**
	 * Consumes up to and including the next line break; returns the line without it. Scans
	 * the buffer in bulk: COPY data is most of a dump, so this loop is the splitter's hot path.
	 */
	String readLine() {
		StringBuilder result = new StringBuilder();
		while (true) {
			if (this.position >= this.limit) {
				fill(1);
				if (this.position >= this.limit) {
					return result.toString();
				}
			}
			int start = this.position;
			int end = start;
			while (end < this.limit && this.buffer[end] != '\n' && this.buffer[end] != '\r') {
				end++;
			}
			result.append(this.buffer, start, end - start);
			this.column += end - start;
			this.position = end;
			if (end < this.limit) {
				char terminator = this.buffer[end];
				this.position++;
				if (terminator == '\r' && peek(0) == '\n') {
					this.position++;
				}
				this.line++;
				this.column = 1;
				return result.toString();
			}
		}
	}

	private TokenType scanToken(char c) {
		int next = peek(1);
		switch (c) {
			case '\'':
				readQuoted('\'', false);
				return TokenType.STRING;
			case '"':
				readQuoted('"', false);
				return TokenType.QUOTED_IDENTIFIER;
			case '$':
				return readDollar();
			case '(', ')', '[', ']', ',', ';':
				take();
				return TokenType.PUNCTUATION;
			case ':':
				take();
				if (peek(0) == ':' || peek(0) == '=') {
					take();
					return TokenType.OPERATOR;
				}
				return TokenType.PUNCTUATION;
			case '.':
				if (isDigit(next)) {
					readNumber();
					return TokenType.NUMBER;
				}
				take();
				return TokenType.PUNCTUATION;
			default:
				break;
		}
		if (isDigit(c)) {
			readNumber();
			return TokenType.NUMBER;
		}
		if (isIdentifierStart(c)) {
			return readWordOrPrefixedString(c, next);
		}
		readOperator();
		return TokenType.OPERATOR;
	}

	private TokenType readWordOrPrefixedString(char c, int next) {
		char lower = Character.toLowerCase(c);
		if (next == '\'' && (lower == 'e' || lower == 'b' || lower == 'x' || lower == 'n')) {
			take();
			readQuoted('\'', lower == 'e');
			return TokenType.STRING;
		}
		if (lower == 'u' && next == '&' && (peek(2) == '\'' || peek(2) == '"')) {
			take();
			take();
			boolean identifier = peek(0) == '"';
			readQuoted((char) peek(0), false);
			return identifier ? TokenType.QUOTED_IDENTIFIER : TokenType.STRING;
		}
		take();
		int ch;
		while ((ch = peek(0)) >= 0 && isIdentifierPart(ch)) {
			take();
		}
		return TokenType.WORD;
	}

	private void readQuoted(char quote, boolean backslashEscapes) {
		take();
		while (true) {
			int c = peek(0);
			if (c < 0) {
				String what = (quote == '"') ? "quoted identifier" : backslashEscapes ? "E'' string" : "string";
				throw error(this.tokenLine, this.tokenColumn, "unterminated " + what + "; close it with " + quote
						+ (backslashEscapes ? " (a \\' inside an E'' string is an escaped quote)" : ""));
			}
			take();
			if (backslashEscapes && c == '\\') {
				if (peek(0) >= 0) {
					take();
				}
			}
			else if (c == quote) {
				if (peek(0) == quote) {
					take();
				}
				else {
					return;
				}
			}
		}
	}

	private TokenType readDollar() {
		int next = peek(1);
		if (isDigit(next)) {
			take();
			while (isDigit(peek(0))) {
				take();
			}
			return TokenType.PARAMETER;
		}
		int tagLength = dollarTagLength();
		if (tagLength < 0) {
			take();
			return TokenType.OPERATOR;
		}
		StringBuilder tag = new StringBuilder(tagLength);
		for (int i = 0; i < tagLength; i++) {
			tag.append((char) peek(0));
			take();
		}
		while (true) {
			int c = peek(0);
			if (c < 0) {
				throw error(this.tokenLine, this.tokenColumn, "unterminated dollar-quoted string starting with " + tag
						+ "; close it with " + tag);
			}
			if (c == '$' && matches(tag)) {
				for (int i = 0; i < tagLength; i++) {
					take();
				}
				return TokenType.STRING;
			}
			take();
		}
	}

	/** The length of {@code $tag$} at the current position, or -1 when it is not a dollar quote. */
	private int dollarTagLength() {
		int i = 1;
		int c = peek(i);
		if (c == '$') {
			return 2;
		}
		if (c < 0 || !isIdentifierStart(c)) {
			return -1;
		}
		while ((c = peek(i)) >= 0 && isIdentifierPart(c) && c != '$') {
			i++;
		}
		return (c == '$') ? i + 1 : -1;
	}

	private boolean matches(CharSequence tag) {
		for (int i = 0; i < tag.length(); i++) {
			if (peek(i) != tag.charAt(i)) {
				return false;
			}
		}
		return true;
	}

	private void readNumber() {
		int c;
		while ((c = peek(0)) >= 0) {
			if (isDigit(c) || c == '_' || Character.isLetter(c) && c < 128 && c != 'e' && c != 'E') {
				take();
			}
			else if (c == '.' && peek(1) != '.') {
				take();
			}
			else if ((c == 'e' || c == 'E')) {
				take();
				if (peek(0) == '+' || peek(0) == '-') {
					take();
				}
			}
			else {
				return;
			}
		}
	}

	private void readOperator() {
		take();
		int c;
		while ((c = peek(0)) >= 0 && isOperatorChar(c)) {
			if ((c == '-' && peek(1) == '-') || (c == '/' && peek(1) == '*')) {
				return;
			}
			take();
		}
	}

	private void skipTrivia() {
		while (true) {
			int c = peek(0);
			if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
				advance();
			}
			else if (c == '-' && peek(1) == '-') {
				skipLineComment();
			}
			else if (c == '/' && peek(1) == '*') {
				skipBlockComment();
			}
			else {
				return;
			}
		}
	}

	private void skipLineComment() {
		int commentLine = this.line;
		advance();
		advance();
		StringBuilder comment = new StringBuilder();
		int c;
		while ((c = peek(0)) >= 0 && c != '\n' && c != '\r') {
			comment.append((char) c);
			advance();
		}
		Directive directive = Directive.parse(comment.toString(), commentLine);
		if (directive != null) {
			this.directives.add(directive);
		}
	}

	private void skipBlockComment() {
		int startLine = this.line;
		int startColumn = this.column;
		advance();
		advance();
		int depth = 1;
		while (depth > 0) {
			int c = peek(0);
			if (c < 0) {
				throw error(startLine, startColumn, "unterminated block comment; close it with */"
						+ " (block comments nest: every /* needs its own */)");
			}
			if (c == '/' && peek(1) == '*') {
				advance();
				advance();
				depth++;
			}
			else if (c == '*' && peek(1) == '/') {
				advance();
				advance();
				depth--;
			}
			else {
				advance();
			}
		}
	}

	/** Consumes one character into the current token. */
	private void take() {
		this.text.append(advance());
	}

	private char advance() {
		if (this.position >= this.limit) {
			fill(1);
		}
		char c = this.buffer[this.position++];
		if (c == '\n') {
			this.line++;
			this.column = 1;
		}
		else if (c == '\r') {
			if (peek(0) != '\n') {
				this.line++;
				this.column = 1;
			}
		}
		else {
			this.column++;
		}
		if (this.capture != null) {
			this.capture.append(c);
		}
		return c;
	}

	private int peek(int ahead) {
		if (this.position + ahead >= this.limit) {
			fill(ahead + 1);
			if (this.position + ahead >= this.limit) {
				return -1;
			}
		}
		return this.buffer[this.position + ahead];
	}

	private void fill(int wanted) {
		if (this.endOfInput) {
			return;
		}
		int remaining = this.limit - this.position;
		char[] target = this.buffer;
		// most statements and files are short: start small, and grow for input that fills the buffer
		if ((this.limit == this.buffer.length && this.buffer.length < BULK_BUFFER_SIZE) || wanted > this.buffer.length) {
			target = new char[Math.max(wanted, Math.min(2 * this.buffer.length, BULK_BUFFER_SIZE))];
		}
		System.arraycopy(this.buffer, this.position, target, 0, remaining);
		this.buffer = target;
		this.position = 0;
		this.limit = remaining;
		try {
			while (this.limit < wanted || this.limit == remaining) {
				int read = this.reader.read(this.buffer, this.limit, this.buffer.length - this.limit);
				if (read < 0) {
					this.endOfInput = true;
					return;
				}
				this.limit += read;
				if (this.limit >= wanted) {
					return;
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read " + this.fileName, ex);
		}
	}

	SqlSyntaxException error(int atLine, int atColumn, String problem) {
		return new SqlSyntaxException(this.fileName, atLine, atColumn, problem);
	}

	private static boolean isDigit(int c) {
		return c >= '0' && c <= '9';
	}

	private static boolean isIdentifierStart(int c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 128;
	}

	private static boolean isIdentifierPart(int c) {
		return isIdentifierStart(c) || isDigit(c) || c == '$';
	}

	private static boolean isOperatorChar(int c) {
		return switch (c) {
			case '+', '-', '*', '/', '<', '>', '=', '~', '!', '@', '#', '%', '^', '&', '|', '`', '?', '\\' -> true;
			default -> false;
		};
	}

}
