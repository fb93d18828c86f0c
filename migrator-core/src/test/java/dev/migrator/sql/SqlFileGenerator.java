package dev.migrator.sql;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Builds random migration files that PostgreSQL runs, from statements whose boundaries are
 * known: SELECTs over every kind of literal, tables with quoted names, rules with several
 * actions, functions and procedures with {@code BEGIN ATOMIC} bodies, DO blocks. Tokens are
 * joined by white space and comments, statements by white space, comments and empty
 * statements. Each file comes with the statements it joined, positioned in the file.
 */
final class SqlFileGenerator {

	/** A generated file and, in order, the statements a correct splitter returns for it. */
	record GeneratedFile(String content, List<SqlStatement> statements) {

	}

	private static final String[] BETWEEN = { " ", "\n", "\n\n", "\t", "\r\n", "-- note; it's $$ here\n",
			"/* c; 'x' /* nested; */ \"q */", ";", ";;", "; -- c\n", "/* c */ ;", "\n;\n" };

	private static final String[] SEPARATORS = { " ", " ", " ", "\n", "\t", "\n    ", "\r\n", " -- c; 'x' $$ \"q\n",
			" /* c; 'x' $$ /* nested */ */ ", "\n/* ; */\n" };

	private static final String[] BEFORE_TERMINATOR = { "", "", " ", "\n", " -- c\n", " /* ; */" };

	private static final String[] NUMBERS = { "1", "42", "1.5", ".5", "1e3", "2.5e-3" };

	private static final String[] ALIASES = { "x", "\"a;b\"", "\"q\"\"uote\"", "x$$y", "a$b$", "\"end\"" };

	private static final String[] TAGS = { "$$", "$a$", "$_x1$", "$body$" };

	private final Random random;

	private final StringBuilder file = new StringBuilder();

	private final List<int[]> spans = new ArrayList<>();

	private final List<String> tables = new ArrayList<>();

	private int names;

	SqlFileGenerator(long seed) {
		this.random = new Random(seed);
	}

	GeneratedFile generate() {
		int count = this.random.nextInt(8);
		between();
		for (int i = 0; i < count; i++) {
			List<String> tokens = statement();
			int start = this.file.length();
			for (int t = 0; t < tokens.size(); t++) {
				if (t > 0) {
					this.file.append(separator(tokens.get(t - 1), tokens.get(t)));
				}
				this.file.append(tokens.get(t));
			}
			this.spans.add(new int[] { start, this.file.length() });
			if (i < count - 1 || this.random.nextInt(4) > 0) {
				this.file.append(pick(BEFORE_TERMINATOR)).append(';');
			}
			else {
				this.file.append(' ');
			}
			between();
		}
		String content = this.file.toString();
		List<SqlStatement> statements = new ArrayList<>();
		for (int[] span : this.spans) {
			int[] position = position(content, span[0]);
			statements.add(new SqlStatement(content.substring(span[0], span[1]), position[0], position[1]));
		}
		return new GeneratedFile(content, statements);
	}

	private void between() {
		for (int i = this.random.nextInt(4); i > 0; i--) {
			this.file.append(pick(BETWEEN));
		}
	}

	private String separator(String before, String after) {
		boolean punctuation = before.equals("(") || before.equals(")") || before.equals(",") || after.equals("(")
				|| after.equals(")") || after.equals(",");
		return (punctuation && this.random.nextInt(3) == 0) ? "" : pick(SEPARATORS);
	}

	private List<String> statement() {
		List<String> tokens = new ArrayList<>();
		switch (this.random.nextInt(7)) {
			case 0 -> createTable(tokens);
			case 1 -> createRule(tokens);
			case 2 -> atomicRoutine(tokens);
			case 3 -> otherFunction(tokens);
			case 4 -> doBlock(tokens);
			default -> select(tokens, false);
		}
		return tokens;
	}

	private void createTable(List<String> tokens) {
		String table = "\"t;" + (++this.names) + "\"";
		this.tables.add(table);
		add(tokens, "CREATE", "TABLE", table, "(", "begin", "int", ",", "\"a\"\"b\"", "text", "DEFAULT");
		text(tokens, 1);
		tokens.add(")");
	}

	private void createRule(List<String> tokens) {
		if (this.tables.isEmpty()) {
			createTable(tokens);
			return;
		}
		add(tokens, "CREATE", "RULE", "\"r;" + (++this.names) + "\"", "AS", "ON", "INSERT", "TO", pick(this.tables),
				"DO", "ALSO", "(");
		for (int i = this.random.nextInt(3); i >= 0; i--) {
			select(tokens, false);
			tokens.add(";");
			if (this.random.nextBoolean()) {
				tokens.add(";");
			}
		}
		select(tokens, false);
		tokens.add(")");
	}

	/** CREATE [OR REPLACE] FUNCTION|PROCEDURE with a BEGIN ATOMIC body, empty statements and CASE … END in it. */
	private void atomicRoutine(List<String> tokens) {
		tokens.add("CREATE");
		if (this.random.nextBoolean()) {
			add(tokens, "OR", "REPLACE");
		}
		boolean function = this.random.nextBoolean();
		add(tokens, function ? "FUNCTION" : "PROCEDURE", "\"f;" + (++this.names) + "\"", "(", "int", ")");
		if (function) {
			add(tokens, "RETURNS", "int");
		}
		add(tokens, "LANGUAGE", "sql", "BEGIN", "ATOMIC");
		for (int i = this.random.nextInt(3); i > 0; i--) {
			if (this.random.nextInt(3) == 0) {
				tokens.add(";");
			}
			select(tokens, true);
			tokens.add(";");
		}
		add(tokens, "SELECT", "(");
		number(tokens, 2, true);
		add(tokens, ")", "::", "int", ";", "END");
	}

	/** Functions whose semicolons are in a dollar quote, or whose CASE … END is not in an atomic body. */
	private void otherFunction(List<String> tokens) {
		add(tokens, "CREATE", "FUNCTION", "\"g;" + (++this.names) + "\"", "(", "int", ")", "RETURNS", "int",
				"LANGUAGE", "sql");
		if (this.random.nextBoolean()) {
			add(tokens, "RETURN", "CASE", "WHEN", "$1", ">", "0", "THEN", "1", "ELSE", "$1", "END");
		}
		else {
			add(tokens, "AS", dollarQuoted(" SELECT 1; SELECT $1; "));
		}
	}

	private void doBlock(List<String> tokens) {
		String tag = pick("$$", "$do$", "$_d1$");
		add(tokens, "DO", tag + " BEGIN PERFORM $in$;'$in$; PERFORM 'a;b'; END " + tag);
	}

	private void select(List<String> tokens, boolean inBody) {
		if (!inBody && !this.tables.isEmpty() && this.random.nextInt(4) == 0) {
			add(tokens, "SELECT", "begin", "atomic", "FROM", pick(this.tables));
			return;
		}
		tokens.add("SELECT");
		for (int i = this.random.nextInt(3); i >= 0; i--) {
			if (this.random.nextBoolean()) {
				number(tokens, 2, inBody);
			}
			else {
				text(tokens, 2);
			}
			if (this.random.nextBoolean()) {
				add(tokens, "AS", inBody ? pick("end", "case", "\"x;y\"") : pick(ALIASES));
			}
			if (i > 0) {
				tokens.add(",");
			}
		}
	}

	private void number(List<String> tokens, int depth, boolean inBody) {
		int kind = (depth == 0) ? 0 : this.random.nextInt(6);
		switch (kind) {
			case 1 -> {
				tokens.add("(");
				number(tokens, depth - 1, inBody);
				tokens.add(")");
			}
			case 2 -> {
				number(tokens, depth - 1, inBody);
				tokens.add(pick("+", "-", "*"));
				number(tokens, depth - 1, inBody);
			}
			case 3 -> {
				add(tokens, "CASE", "WHEN");
				number(tokens, depth - 1, inBody);
				tokens.add(pick(">", "<>"));
				number(tokens, depth - 1, inBody);
				tokens.add("THEN");
				number(tokens, depth - 1, inBody);
				tokens.add("ELSE");
				number(tokens, depth - 1, inBody);
				tokens.add("END");
			}
			case 4 -> {
				add(tokens, "length", "(");
				text(tokens, depth - 1);
				tokens.add(")");
			}
			default -> tokens.add((inBody && this.random.nextInt(3) == 0) ? "$1" : pick(NUMBERS));
		}
	}

	private void text(List<String> tokens, int depth) {
		int kind = (depth == 0) ? this.random.nextInt(4) : this.random.nextInt(6);
		switch (kind) {
			case 0 -> tokens.add("'" + content("a", ";", "''", " ", "\"", "$", "$$", "--", "/*", "\\", "\n") + "'");
			case 1 -> tokens.add("E'" + content("a", ";", "\\'", "\\\\", "''", " ", "\\n", "$$", "--") + "'");
			case 2 -> {
				if (this.random.nextBoolean()) {
					tokens.add("U&'" + content("a", ";", "''", "\\0061", " ", "$$") + "'");
				}
				else {
					add(tokens, "U&'" + content("a", ";", "''", "!0061", "\\", "$$") + "'", "UESCAPE", "'!'");
				}
			}
			case 3 -> tokens.add(dollarQuoted(content("a", ";", "'", "$", "$x$", "--", "/*", "\"", " ")));
			case 4 -> {
				text(tokens, depth - 1);
				tokens.add("||");
				text(tokens, depth - 1);
			}
			default -> {
				tokens.add("(");
				number(tokens, depth - 1, false);
				add(tokens, ")", "::", "text");
			}
		}
	}

	/** A dollar quote around the content, with a tag the content does not close early. */
	private String dollarQuoted(String content) {
		while (true) {
			String tag = pick(TAGS);
			if ((content + tag).indexOf(tag) == content.length()) {
				return tag + content + tag;
			}
			content = content.replace("$", "");
		}
	}

	private String content(String... pieces) {
		StringBuilder content = new StringBuilder();
		for (int i = this.random.nextInt(6); i > 0; i--) {
			content.append(pick(pieces));
		}
		return content.toString();
	}

	@SafeVarargs
	private <T> T pick(T... choices) {
		return choices[this.random.nextInt(choices.length)];
	}

	private String pick(List<String> choices) {
		return choices.get(this.random.nextInt(choices.size()));
	}

	private static void add(List<String> tokens, String... more) {
		tokens.addAll(Arrays.asList(more));
	}

	/** Line and column of an offset, counting line breaks as the lexer does ({@code \r\n} is one). */
	static int[] position(String content, int offset) {
		int line = 1;
		int column = 1;
		for (int i = 0; i < offset; i++) {
			char c = content.charAt(i);
			if (c == '\n' || (c == '\r' && (i + 1 >= content.length() || content.charAt(i + 1) != '\n'))) {
				line++;
				column = 1;
			}
			else if (c != '\r') {
				column++;
			}
		}
		return new int[] { line, column };
	}

}
