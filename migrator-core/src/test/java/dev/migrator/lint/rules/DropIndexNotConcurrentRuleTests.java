package dev.migrator.lint.rules;

class DropIndexNotConcurrentRuleTests extends RuleTestSupport {

	@Override
	String rule() {
		return "drop-index-not-concurrent";
	}

	@Override
	String unsafe() {
		return "DROP INDEX IF EXISTS orders_status_idx;";
	}

	@Override
	String safe() {
		return "-- migrator:no-transaction\nDROP INDEX CONCURRENTLY IF EXISTS orders_status_idx;";
	}

}
