package dev.migrator.execute;

import java.util.ArrayList;
import java.util.List;

import dev.migrator.InvalidEncodingException;
import dev.migrator.Problem;
import dev.migrator.Problem.Kind;
import dev.migrator.SqlSyntaxException;
import dev.migrator.source.MigrationScript;
import dev.migrator.source.MigrationSet;

/**
 * What a run would refuse in the files before touching the database, found in every up and
 * down file, applied or pending, so that validate agrees with {@code up}, {@code down} and
 * {@code goto} whichever files they come to run. Each file is read once, streaming.
 */
final class ScriptProblems {

	private ScriptProblems() {
	}

	/**
	 * One problem per file that {@link Scripts#parseAll} would refuse, in version order, up
	 * before down. Files are checked in parallel: a thousand of them take a noticeable part of a
	 * second on one core, and each is independent of the others.
	 */
	public static List<Problem> of(MigrationSet files) {
		return files.migrations().parallelStream().flatMap((migration) -> {
			List<Problem> problems = new ArrayList<>(0);
			check(migration.version(), migration.up(), problems);
			if (migration.down() != null) {
				check(migration.version(), migration.down(), problems);
			}
			return problems.stream();
		}).toList();
	}

	private static void check(long version, MigrationScript script, List<Problem> problems) {
		try {
			ScriptParsing.check(script);
		}
		catch (SqlSyntaxException ex) {
			problems.add(new Problem(Kind.INVALID_FILE, version,
					script.location() + ":" + ex.line() + ":" + ex.column() + ": " + ex.problem() + "."));
		}
		catch (InvalidEncodingException ex) {
			problems.add(new Problem(Kind.INVALID_FILE, version, ex.getMessage()));
		}
	}

}
