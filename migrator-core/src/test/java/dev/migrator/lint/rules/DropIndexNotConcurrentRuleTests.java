package dev.migrator.lint.rules;

import java.util.List;

class DropIndexNotConcurrentRuleTests extends RuleTestSupport {

	@Override
	String rule() {
		return "drop-index-not-concurrent";
	}

	@Override
	List<String> unsafe() {
		return List.of("DROP INDEX IF EXISTS orders_region_idx;", "-- migrator:no-transaction\nDROP INDEX orders_region_idx;");
	}

	@Override
	List<String> safe() {
		return List.of("-- migrator:no-transaction\nDROP INDEX CONCURRENTLY IF EXISTS orders_status_idx;");
	}

}
