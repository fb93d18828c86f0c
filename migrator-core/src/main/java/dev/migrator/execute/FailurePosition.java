package dev.migrator.execute;

import java.sql.SQLException;

import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

import dev.migrator.sql.SqlStatement;

/**
 * Where in the file a server error points, and what the server said.
 *
 * @param line 1-based line in the file
 * @param column 1-based column in the file
 * @param sqlState the SQLSTATE
 * @param message the server's message, with its detail, hint and context (where in a function
 * or {@code DO} block it was raised) when it gave them
 */
record FailurePosition(int line, int column, String sqlState, String message) {

	/**
	 * The server reports a 1-based character position inside the statement; it is mapped
	 * onto the file by walking the statement's text from its first token.
	 */
	static FailurePosition of(SqlStatement statement, SQLException error) {
		ServerErrorMessage server = (error instanceof PSQLException psql) ? psql.getServerErrorMessage() : null;
		String sqlState = (error.getSQLState() != null) ? error.getSQLState() : "?????";
		if (server == null) {
			return new FailurePosition(statement.line(), statement.column(), sqlState, error.getMessage());
		}
		StringBuilder message = new StringBuilder(String.valueOf(server.getMessage()));
		if (server.getDetail() != null) {
			message.append(" (detail: ").append(server.getDetail()).append(')');
		}
		if (server.getHint() != null) {
			message.append(" (hint: ").append(server.getHint()).append(')');
		}
		if (server.getWhere() != null) {
			// one frame a line, innermost first; kept on one line like the rest of the message
			message.append(" (context: ").append(server.getWhere().replace("\n", "; ")).append(')');
		}
		int line = statement.line();
		int column = statement.column();
		String sql = statement.sql();
		int position = Math.min(server.getPosition(), sql.length());
		for (int i = 0; i < position - 1; i++) {
			if (sql.charAt(i) == '\n') {
				line++;
				column = 1;
			}
			else {
				column++;
			}
		}
		return new FailurePosition(line, column, sqlState, message.toString());
	}

}
