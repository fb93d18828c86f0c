package dev.migrator.sql;

/**
 * A lexical token of a PostgreSQL statement.
 *
 * @param type what kind of token it is
 * @param text the token exactly as written in the file
 * @param line the 1-based line of its first character in the file
 * @param column the 1-based column of its first character in the file
 */
public record Token(TokenType type, String text, int line, int column) {

}
