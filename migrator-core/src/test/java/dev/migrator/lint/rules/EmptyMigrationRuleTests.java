package dev.migrator.lint.rules;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.migrator.lint.LintConfig;
import dev.migrator.lint.Linter;

import static org.assertj.core.api.Assertions.assertThat;

class EmptyMigrationRuleTests extends RuleTestSupport {

	@Override
	String rule() {
		return "empty-migration";
	}

	@Override
	List<String> unsafe() {
		return List.of("", "-- no-op\n", "/* intentionally empty */\n\n", "BEGIN;\nCOMMIT;\n", ";\n;;\n",
				"-- migrator:no-transaction\n-- intentionally irreversible\n");
	}

	@Override
	List<String> safe() {
		return List.of("SELECT 1;", "-- a comment\nCREATE TABLE IF NOT EXISTS audit (id bigint PRIMARY KEY);");
	}

	@Override
	boolean allowedPerStatement() {
		return false;
	}

	@ParameterizedTest
	@MethodSource("unsafe")
	void anEmptyDownFileIsFine(String sql) {
		assertThat(new Linter(LintConfig.defaults()).lint("000002_change.down.sql", sql, true)).isEmpty();
	}

}
