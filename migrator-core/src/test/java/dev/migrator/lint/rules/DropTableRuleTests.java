package dev.migrator.lint.rules;

class DropTableRuleTests extends RuleTestSupport {

	@Override
	String rule() {
		return "drop-table";
	}

	@Override
	String unsafe() {
		return "DROP TABLE IF EXISTS legacy_orders;";
	}

	@Override
	String safe() {
		return "ALTER TABLE IF EXISTS legacy_orders RENAME TO legacy_orders_unused;";
	}

}
