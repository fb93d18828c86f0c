package dev.migrator.lint.rules;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.migrator.lint.Finding;

import static org.assertj.core.api.Assertions.assertThat;

class MissingIfNotExistsRuleTests extends RuleTestSupport {

	@Override
	String rule() {
		return "missing-if-not-exists";
	}

	@Override
	List<String> unsafe() {
		return List.of("-- migrator:no-transaction\nCREATE INDEX CONCURRENTLY ON orders (status, total);",
				"-- migrator:no-transaction\nCREATE UNIQUE INDEX CONCURRENTLY orders_code_idx ON orders (code);",
				"-- migrator:no-transaction\nCREATE TABLE audit (id bigint PRIMARY KEY);",
				"-- migrator:no-transaction\nCREATE MATERIALIZED VIEW order_totals AS SELECT sum(total) AS total FROM orders;",
				"-- migrator:no-transaction\nCREATE SEQUENCE order_numbers;",
				"-- migrator:no-transaction\nDROP INDEX CONCURRENTLY orders_region_idx;",
				"-- migrator:no-transaction\nDROP MATERIALIZED VIEW order_totals;",
				"-- migrator:no-transaction\nDROP TABLE legacy;");
	}

	@Override
	List<String> safe() {
		// a failed transactional file leaves nothing behind, so re-running it meets nothing
		return List.of("CREATE TABLE audit (id bigint PRIMARY KEY);\nCREATE INDEX ON audit (id);\nDROP TABLE legacy;",
				"-- migrator:no-transaction\nCREATE INDEX CONCURRENTLY IF NOT EXISTS orders_status_idx ON orders (status);",
				"-- migrator:no-transaction\nDROP INDEX CONCURRENTLY IF EXISTS orders_status_idx;");
	}

	@Test
	void theAdviceForAnUnnamedIndexNamesIt() {
		assertThat(lint(unsafe().get(0))).extracting(Finding::suggestion)
			.containsExactly("Write CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_status_total_idx ON orders (status,"
					+ " total);");
	}

}
