package dev.migrator.lint.rules;

class PreferTextRuleTests extends RuleTestSupport {

	@Override
	String rule() {
		return "prefer-text";
	}

	@Override
	String unsafe() {
		return "ALTER TABLE orders ADD COLUMN note varchar(255);";
	}

	@Override
	String safe() {
		return "ALTER TABLE orders ADD COLUMN note text;";
	}

}
