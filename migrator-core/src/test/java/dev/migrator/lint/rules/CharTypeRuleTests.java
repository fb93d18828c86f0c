package dev.migrator.lint.rules;

class CharTypeRuleTests extends RuleTestSupport {

	@Override
	String rule() {
		return "char-type";
	}

	@Override
	String unsafe() {
		return "ALTER TABLE orders ADD COLUMN country char(2);";
	}

	@Override
	String safe() {
		return "ALTER TABLE orders ADD COLUMN country text;";
	}

}
