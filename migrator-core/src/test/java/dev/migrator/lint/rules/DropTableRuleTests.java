package dev.migrator.lint.rules;

import java.util.List;

class DropTableRuleTests extends RuleTestSupport {

	@Override
	String rule() {
		return "drop-table";
	}

	@Override
	List<String> unsafe() {
		return List.of("DROP TABLE IF EXISTS legacy_orders;");
	}

	@Override
	List<String> safe() {
		return List.of("ALTER TABLE IF EXISTS legacy_orders RENAME TO legacy_orders_unused;");
	}

}
