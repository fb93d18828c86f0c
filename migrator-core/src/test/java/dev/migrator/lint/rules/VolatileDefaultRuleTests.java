package dev.migrator.lint.rules;

class VolatileDefaultRuleTests extends RuleTestSupport {

	@Override
	String rule() {
		return "volatile-default";
	}

	@Override
	String unsafe() {
		return "ALTER TABLE orders ADD COLUMN token uuid DEFAULT gen_random_uuid();";
	}

	@Override
	String safe() {
		return "ALTER TABLE orders ADD COLUMN created_at timestamptz DEFAULT now();";
	}

}
