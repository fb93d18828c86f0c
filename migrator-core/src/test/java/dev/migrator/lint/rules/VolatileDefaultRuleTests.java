package dev.migrator.lint.rules;

import java.util.List;

class VolatileDefaultRuleTests extends RuleTestSupport {

	@Override
	String rule() {
		return "volatile-default";
	}

	@Override
	List<String> unsafe() {
		return List.of("ALTER TABLE orders ADD COLUMN token uuid DEFAULT gen_random_uuid();");
	}

	@Override
	List<String> safe() {
		return List.of("ALTER TABLE orders ADD COLUMN created_at timestamptz DEFAULT now();");
	}

}
