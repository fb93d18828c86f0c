package dev.migrator.lint.rules;

class RenameColumnRuleTests extends RuleTestSupport {

	@Override
	String rule() {
		return "rename-column";
	}

	@Override
	String unsafe() {
		return "ALTER TABLE orders RENAME COLUMN number TO order_number;";
	}

	@Override
	String safe() {
		return "ALTER TABLE orders RENAME CONSTRAINT orders_check TO orders_total_check;";
	}

}
