package dev.migrator.lint.rules;

class SetNotNullRuleTests extends RuleTestSupport {

	@Override
	String rule() {
		return "set-not-null";
	}

	@Override
	String unsafe() {
		return "ALTER TABLE orders ALTER COLUMN region SET NOT NULL;";
	}

	@Override
	String safe() {
		return "ALTER TABLE orders ADD CONSTRAINT orders_region_not_null CHECK (region IS NOT NULL) NOT VALID;\nALTER TABLE orders VALIDATE CONSTRAINT orders_region_not_null;\nALTER TABLE orders ALTER COLUMN region SET NOT NULL;";
	}

}
