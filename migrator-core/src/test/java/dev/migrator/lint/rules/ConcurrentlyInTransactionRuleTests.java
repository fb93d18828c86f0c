package dev.migrator.lint.rules;

class ConcurrentlyInTransactionRuleTests extends RuleTestSupport {

	@Override
	String rule() {
		return "concurrently-in-transaction";
	}

	@Override
	String unsafe() {
		return "CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_status_idx ON orders (status);";
	}

	@Override
	String safe() {
		return "-- migrator:no-transaction\nCREATE INDEX CONCURRENTLY IF NOT EXISTS orders_status_idx ON orders (status);";
	}

}
