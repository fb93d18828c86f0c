package dev.migrator.lint.rules;

import java.util.List;

class CharTypeRuleTests extends RuleTestSupport {

	@Override
	String rule() {
		return "char-type";
	}

	@Override
	List<String> unsafe() {
		return List.of("ALTER TABLE orders ADD COLUMN country char(2);");
	}

	@Override
	List<String> safe() {
		return List.of("ALTER TABLE orders ADD COLUMN country text;");
	}

}
