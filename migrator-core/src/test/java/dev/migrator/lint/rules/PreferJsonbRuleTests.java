package dev.migrator.lint.rules;

import java.util.List;

class PreferJsonbRuleTests extends RuleTestSupport {

	@Override
	String rule() {
		return "prefer-jsonb";
	}

	@Override
	List<String> unsafe() {
		return List.of("ALTER TABLE orders ADD COLUMN payload json;");
	}

	@Override
	List<String> safe() {
		return List.of("ALTER TABLE orders ADD COLUMN payload jsonb;");
	}

}
