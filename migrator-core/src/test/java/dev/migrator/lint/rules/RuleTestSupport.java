package dev.migrator.lint.rules;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.migrator.lint.Finding;
import dev.migrator.lint.LintConfig;
import dev.migrator.lint.Linter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The three cases every rule is tested with: the unsafe statement is flagged, the safe
 * alternative is not, and an allow comment accepts the finding (for the whole file from the
 * header, and for one statement from the line above it).
 */
abstract class RuleTestSupport {

	abstract String rule();

	/** SQL the rule must flag, on line 1 of its file. */
	abstract String unsafe();

	/** The safe alternative, which the rule must not flag. */
	abstract String safe();

	@Test
	void flagsTheUnsafeStatement() {
		List<Finding> findings = lint(unsafe());
		assertThat(findings).filteredOn((finding) -> finding.rule().equals(rule()))
			.isNotEmpty()
			.allSatisfy((finding) -> {
				assertThat(finding.severity()).isEqualTo(Linter.rules().get(rule()));
				assertThat(finding.file()).isEqualTo("000002_change.up.sql");
				assertThat(finding.message()).isNotBlank();
				assertThat(finding.suggestion()).isNotBlank();
			});
	}

	@Test
	void passesTheSafeAlternative() {
		assertThat(lint(safe())).extracting(Finding::rule).doesNotContain(rule());
	}

	@Test
	void allowCommentAcceptsTheFinding() {
		assertThat(lint("-- migrator:allow " + rule() + "\n" + unsafe())).extracting(Finding::rule)
			.doesNotContain(rule());
		assertThat(lint("SELECT 1;\n-- migrator:allow " + rule() + "\n" + unsafe())).extracting(Finding::rule)
			.doesNotContain(rule());
	}

	List<Finding> lint(String sql) {
		return new Linter(LintConfig.defaults()).lint("000002_change.up.sql", sql, false);
	}

}
