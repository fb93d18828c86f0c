package dev.migrator.lint.rules;

import java.util.List;

class PreferTextRuleTests extends RuleTestSupport {

	@Override
	String rule() {
		return "prefer-text";
	}

	@Override
	List<String> unsafe() {
		return List.of("ALTER TABLE orders ADD COLUMN note varchar(255);");
	}

	@Override
	List<String> safe() {
		return List.of("ALTER TABLE orders ADD COLUMN note text;");
	}

}
