package dev.migrator.lint.rules;

class NotNullWithoutDefaultRuleTests extends RuleTestSupport {

	@Override
	String rule() {
		return "not-null-without-default";
	}

	@Override
	String unsafe() {
		return "ALTER TABLE orders ADD COLUMN region text NOT NULL;";
	}

	@Override
	String safe() {
		return "ALTER TABLE orders ADD COLUMN region text NOT NULL DEFAULT 'eu';";
	}

}
