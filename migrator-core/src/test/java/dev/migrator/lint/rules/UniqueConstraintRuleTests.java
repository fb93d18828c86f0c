package dev.migrator.lint.rules;

import java.util.List;

class UniqueConstraintRuleTests extends RuleTestSupport {

	@Override
	String rule() {
		return "unique-constraint";
	}

	@Override
	List<String> unsafe() {
		return List.of("ALTER TABLE orders ADD CONSTRAINT orders_number_key UNIQUE (number);",
				"ALTER TABLE orders ADD UNIQUE (number, region);", "ALTER TABLE orders ADD PRIMARY KEY (id);");
	}

	@Override
	List<String> safe() {
		return List.of("ALTER TABLE orders ADD CONSTRAINT orders_number_key UNIQUE USING INDEX orders_number_idx;");
	}

}
