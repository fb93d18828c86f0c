package dev.migrator.execute;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import dev.migrator.source.MigrationScript;
import dev.migrator.sql.SqlStatement;
import dev.migrator.sql.Token;

/**
 * The SHA-256 of the statements of a non-transactional migration done so far, recorded with
 * its progress, so that resuming a file edited since can tell whether the statements that
 * already ran are still its first ones. A statement counts by its tokens: whitespace and
 * comments may change.
 */
final class DoneStatements {

	private final MessageDigest digest;

	private int count;

	private int lastLine;

	DoneStatements() {
		try {
			this.digest = MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

	/** The first {@code count} statements of a file, or all of them when it has fewer. */
	static DoneStatements of(MigrationScript file, int count) {
		DoneStatements done = new DoneStatements();
		try (ScriptStatements statements = ScriptStatements.of(ScriptParsing.parse(file), file)) {
			while (done.count < count && statements.next()) {
				done.add(statements.statement());
			}
		}
		return done;
	}

	void add(SqlStatement statement) {
		for (Token token : statement.tokens()) {
			this.digest.update(token.text().getBytes(StandardCharsets.UTF_8));
			// separators keep `a b` apart from `ab`, and one statement from two
			this.digest.update((byte) 0);
		}
		this.digest.update((byte) 1);
		this.count++;
		this.lastLine = statement.line();
	}

	/** How many statements were added. */
	int count() {
		return this.count;
	}

	/** The line of the last statement added. */
	int lastLine() {
		return this.lastLine;
	}

	/** The checksum of the statements added so far; more may be added after. */
	String checksum() {
		try {
			return HexFormat.of().formatHex(((MessageDigest) this.digest.clone()).digest());
		}
		catch (CloneNotSupportedException ex) {
			throw new IllegalStateException("The runtime's SHA-256 cannot be cloned", ex);
		}
	}

}
