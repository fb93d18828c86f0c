package dev.migrator.lint.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.migrator.lint.Finding;
import dev.migrator.lint.LintConfig;
import dev.migrator.lint.Linter;
import dev.migrator.source.Location;
import dev.migrator.source.MigrationSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The three kinds of case every rule is tested with: each unsafe file is flagged, each safe
 * alternative is not, and an allow comment accepts the finding (for the whole file from the
 * header, and for one statement from the line above it). Rules that read the set add cases
 * of several files with {@link #lintSet}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class RuleTestSupport {

	@TempDir
	Path folder;

	abstract String rule();

	/** Files the rule must flag, read alone; the flagged statement is the file's first. */
	abstract List<String> unsafe();

	/** Safe alternatives, read alone, which the rule must not flag. */
	abstract List<String> safe();

	@ParameterizedTest
	@MethodSource("unsafe")
	void flagsTheUnsafeStatement(String sql) {
		List<Finding> findings = lint(sql);
		assertThat(findings).filteredOn((finding) -> finding.rule().equals(rule()))
			.isNotEmpty()
			.allSatisfy((finding) -> {
				assertThat(finding.severity()).isEqualTo(Linter.rules().get(rule()));
				assertThat(finding.file()).isEqualTo("000002_change.up.sql");
				assertThat(finding.message()).isNotBlank();
				assertThat(finding.suggestion()).isNotBlank();
			});
	}

	@ParameterizedTest
	@MethodSource("safe")
	void passesTheSafeAlternative(String sql) {
		assertThat(lint(sql)).extracting(Finding::rule).doesNotContain(rule());
	}

	@ParameterizedTest
	@MethodSource("unsafe")
	void allowCommentAcceptsTheFinding(String sql) {
		String header = sql.startsWith("-- migrator:no-transaction\n") ? "-- migrator:no-transaction\n" : "";
		String body = sql.substring(header.length());
		assertThat(lint(header + "-- migrator:allow " + rule() + "\n" + body)).extracting(Finding::rule)
			.doesNotContain(rule());
		if (allowedPerStatement()) {
			assertThat(lint(header + "SELECT 1;\n-- migrator:allow " + rule() + "\n" + body)).extracting(Finding::rule)
				.doesNotContain(rule());
		}
	}

	/** Whether the finding belongs to a statement, which an allow comment above it accepts. */
	boolean allowedPerStatement() {
		return true;
	}

	List<Finding> lint(String sql) {
		return new Linter(LintConfig.defaults()).lint("000002_change.up.sql", sql, false);
	}

	/**
	 * Lints the up files given, versions 1, 2, …, as a set over a database at {@code appliedUpTo}
	 * ({@code null}: each file as run on its own); the rule's findings, as file:line.
	 */
	List<String> lintSet(Long appliedUpTo, String... ups) {
		Path directory;
		try {
			directory = Files.createTempDirectory(this.folder, "set");
			for (int i = 0; i < ups.length; i++) {
				String base = String.format("%06d_step%d", i + 1, i + 1);
				Files.writeString(directory.resolve(base + ".up.sql"), ups[i]);
				Files.writeString(directory.resolve(base + ".down.sql"), "SELECT 1;\n");
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		MigrationSet set = MigrationSet.load(List.of(Location.parse("filesystem:" + directory)),
				getClass().getClassLoader());
		return new Linter(LintConfig.defaults()).lint(set, appliedUpTo)
			.stream()
			.filter((finding) -> finding.rule().equals(rule()))
			.map((finding) -> finding.file() + ":" + finding.line())
			.toList();
	}

}
