package dev.migrator.lint.rules;

import java.util.List;

class DropColumnRuleTests extends RuleTestSupport {

	@Override
	String rule() {
		return "drop-column";
	}

	@Override
	List<String> unsafe() {
		return List.of("ALTER TABLE orders DROP COLUMN IF EXISTS legacy_code;");
	}

	@Override
	List<String> safe() {
		return List.of("ALTER TABLE orders DROP CONSTRAINT orders_legacy_check;");
	}

}
