package dev.migrator.lint.rules;

import java.util.List;

class IdentifierTooLongRuleTests extends RuleTestSupport {

	@Override
	String rule() {
		return "identifier-too-long";
	}

	@Override
	List<String> unsafe() {
		return List.of("CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_status_customer_region_created_at_updated_at_deleted_at_partial_where_active_idx ON orders (status);");
	}

	@Override
	List<String> safe() {
		return List.of("CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_status_customer_idx ON orders (status);");
	}

}
