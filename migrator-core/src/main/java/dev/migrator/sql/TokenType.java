package dev.migrator.sql;

/** The kinds of token the lexer produces; comments and white space are never tokens. */
public enum TokenType {

	/** A keyword or an unquoted identifier, e.g. {@code CREATE}, {@code orders}. */
	WORD,

	/** A double-quoted identifier, e.g. {@code "Order Items"} (also {@code U&"…"}). */
	QUOTED_IDENTIFIER,

	/** A string constant: {@code '…'}, {@code E'…'}, {@code U&'…'}, {@code B'…'}, {@code X'…'} or dollar-quoted. */
	STRING,

	/** A numeric constant. */
	NUMBER,

	/** A positional parameter such as {@code $1}. */
	PARAMETER,

	/** An operator such as {@code =}, {@code ::}, {@code ->>}. */
	OPERATOR,

	/** One of {@code ( ) [ ] , ; . :}. */
	PUNCTUATION

}
