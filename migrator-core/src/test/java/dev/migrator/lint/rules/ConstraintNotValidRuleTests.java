package dev.migrator.lint.rules;

class ConstraintNotValidRuleTests extends RuleTestSupport {

	@Override
	String rule() {
		return "constraint-not-valid";
	}

	@Override
	String unsafe() {
		return "ALTER TABLE orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (id);";
	}

	@Override
	String safe() {
		return "ALTER TABLE orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (id) NOT VALID;\nALTER TABLE orders VALIDATE CONSTRAINT orders_customer_fk;";
	}

}
