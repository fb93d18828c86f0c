package dev.migrator.lint.rules;

class UniqueConstraintRuleTests extends RuleTestSupport {

	@Override
	String rule() {
		return "unique-constraint";
	}

	@Override
	String unsafe() {
		return "ALTER TABLE orders ADD CONSTRAINT orders_number_key UNIQUE (number);";
	}

	@Override
	String safe() {
		return "ALTER TABLE orders ADD CONSTRAINT orders_number_key UNIQUE USING INDEX orders_number_idx;";
	}

}
