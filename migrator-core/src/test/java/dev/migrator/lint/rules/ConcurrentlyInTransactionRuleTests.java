package dev.migrator.lint.rules;

import java.util.List;

class ConcurrentlyInTransactionRuleTests extends RuleTestSupport {

	@Override
	String rule() {
		return "concurrently-in-transaction";
	}

	@Override
	List<String> unsafe() {
		return List.of("CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_status_idx ON orders (status);");
	}

	@Override
	List<String> safe() {
		return List.of("-- migrator:no-transaction\nCREATE INDEX CONCURRENTLY IF NOT EXISTS orders_status_idx ON orders (status);");
	}

}
