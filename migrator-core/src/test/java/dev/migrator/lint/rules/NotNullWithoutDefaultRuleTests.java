package dev.migrator.lint.rules;

import java.util.List;

class NotNullWithoutDefaultRuleTests extends RuleTestSupport {

	@Override
	String rule() {
		return "not-null-without-default";
	}

	@Override
	List<String> unsafe() {
		return List.of("ALTER TABLE orders ADD COLUMN region text NOT NULL;");
	}

	@Override
	List<String> safe() {
		return List.of("ALTER TABLE orders ADD COLUMN region text NOT NULL DEFAULT 'eu';");
	}

}
