package dev.migrator.execute;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;

import dev.migrator.source.MigrationScript;
import dev.migrator.sql.SqlScript;
import dev.migrator.sql.SqlScriptParser;

/**
 * Reads and parses one migration file, naming it in every error.
 */
final class ScriptParsing {

	private ScriptParsing() {
	}

	static SqlScript parse(MigrationScript script) {
		return parse(script, Long.MAX_VALUE);
	}

	/** Parses a file, holding at most {@code holdLimit} characters of its statements. */
	static SqlScript parse(MigrationScript script, long holdLimit) {
		try (Reader reader = script.openReader()) {
			return SqlScriptParser.parse(script.location(), reader, holdLimit);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read " + script.location(), ex);
		}
	}

	/** Checks the file as {@link #parse} does, keeping no statement. */
	static void check(MigrationScript script) {
		try (Reader reader = script.openReader()) {
			SqlScriptParser.check(script.location(), reader);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read " + script.location(), ex);
		}
	}

}
