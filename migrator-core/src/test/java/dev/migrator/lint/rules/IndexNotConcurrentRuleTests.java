package dev.migrator.lint.rules;

class IndexNotConcurrentRuleTests extends RuleTestSupport {

	@Override
	String rule() {
		return "index-not-concurrent";
	}

	@Override
	String unsafe() {
		return "CREATE INDEX IF NOT EXISTS orders_status_idx ON orders (status);";
	}

	@Override
	String safe() {
		return "-- migrator:no-transaction\nCREATE INDEX CONCURRENTLY IF NOT EXISTS orders_status_idx ON orders (status);";
	}

}
