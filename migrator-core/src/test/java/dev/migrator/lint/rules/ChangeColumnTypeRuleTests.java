package dev.migrator.lint.rules;

import java.util.List;

class ChangeColumnTypeRuleTests extends RuleTestSupport {

	@Override
	String rule() {
		return "change-column-type";
	}

	@Override
	List<String> unsafe() {
		return List.of("ALTER TABLE orders ALTER COLUMN total TYPE numeric(12, 2);");
	}

	@Override
	List<String> safe() {
		return List.of("ALTER TABLE orders ALTER COLUMN note TYPE text;");
	}

}
