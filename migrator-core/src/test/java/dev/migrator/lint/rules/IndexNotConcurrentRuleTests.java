package dev.migrator.lint.rules;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IndexNotConcurrentRuleTests extends RuleTestSupport {

	private static final String TABLE = "CREATE TABLE orders (id bigint PRIMARY KEY, status text);";

	private static final String INDEX = "CREATE INDEX orders_status_idx ON orders (status);";

	@Override
	String rule() {
		return "index-not-concurrent";
	}

	@Override
	List<String> unsafe() {
		return List.of(INDEX, "CREATE UNIQUE INDEX ON orders (code);",
				"-- migrator:no-transaction\nCREATE INDEX IF NOT EXISTS orders_status_idx ON orders USING btree (status);");
	}

	@Override
	List<String> safe() {
		return List.of("-- migrator:no-transaction\nCREATE INDEX CONCURRENTLY IF NOT EXISTS orders_status_idx ON orders (status);",
				TABLE + "\n" + INDEX,
				"CREATE MATERIALIZED VIEW order_totals AS SELECT 1 AS id;\nCREATE UNIQUE INDEX ON order_totals (id);");
	}

	@Test
	void aTableCreatedEarlierInTheRunIsNew() {
		assertThat(lintSet(0L, TABLE, "SELECT 1;", INDEX)).isEmpty();
	}

	@Test
	void aTableCreatedEarlierInTheRunStaysNewWhenRenamed() {
		String rename = "ALTER TABLE orders RENAME TO purchases;";
		String index = "CREATE INDEX purchases_status_idx ON purchases (status);";
		assertThat(lintSet(0L, TABLE, rename, index)).isEmpty();
		assertThat(lintSet(1L, TABLE, rename, index)).containsExactly("000003_step3.up.sql:1");
	}

	@Test
	void aTableOfAnAppliedMigrationExists() {
		assertThat(lintSet(1L, TABLE, INDEX)).containsExactly("000002_step2.up.sql:1");
		assertThat(lintSet(null, TABLE, INDEX)).containsExactly("000002_step2.up.sql:1");
	}

}
