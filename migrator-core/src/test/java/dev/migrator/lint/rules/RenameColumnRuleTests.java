package dev.migrator.lint.rules;

import java.util.List;

class RenameColumnRuleTests extends RuleTestSupport {

	@Override
	String rule() {
		return "rename-column";
	}

	@Override
	List<String> unsafe() {
		return List.of("ALTER TABLE orders RENAME COLUMN number TO order_number;");
	}

	@Override
	List<String> safe() {
		return List.of("ALTER TABLE orders RENAME CONSTRAINT orders_check TO orders_total_check;");
	}

}
