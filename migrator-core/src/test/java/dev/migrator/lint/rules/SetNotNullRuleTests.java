package dev.migrator.lint.rules;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SetNotNullRuleTests extends RuleTestSupport {

	@Override
	String rule() {
		return "set-not-null";
	}

	@Override
	List<String> unsafe() {
		return List.of("ALTER TABLE orders ALTER COLUMN region SET NOT NULL;");
	}

	@Override
	List<String> safe() {
		return List.of("ALTER TABLE orders ADD CONSTRAINT orders_region_not_null CHECK (region IS NOT NULL) NOT VALID;\nALTER TABLE orders VALIDATE CONSTRAINT orders_region_not_null;\nALTER TABLE orders ALTER COLUMN region SET NOT NULL;");
	}

	@Test
	void aCheckValidatedByAnEarlierFileCounts() {
		assertThat(lintSet(null, "ALTER TABLE orders ADD CONSTRAINT orders_region_not_null CHECK (region IS NOT NULL) NOT VALID;",
				"ALTER TABLE orders VALIDATE CONSTRAINT orders_region_not_null;",
				"ALTER TABLE orders ALTER COLUMN region SET NOT NULL;")).isEmpty();
		assertThat(lintSet(null, "ALTER TABLE orders ADD CONSTRAINT orders_region_not_null CHECK (region IS NOT NULL) NOT VALID;",
				"ALTER TABLE orders ALTER COLUMN region SET NOT NULL;")).containsExactly("000002_step2.up.sql:1");
	}

}
