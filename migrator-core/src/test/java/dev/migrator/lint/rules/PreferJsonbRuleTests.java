package dev.migrator.lint.rules;

class PreferJsonbRuleTests extends RuleTestSupport {

	@Override
	String rule() {
		return "prefer-jsonb";
	}

	@Override
	String unsafe() {
		return "ALTER TABLE orders ADD COLUMN payload json;";
	}

	@Override
	String safe() {
		return "ALTER TABLE orders ADD COLUMN payload jsonb;";
	}

}
