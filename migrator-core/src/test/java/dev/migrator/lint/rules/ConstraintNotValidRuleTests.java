package dev.migrator.lint.rules;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ConstraintNotValidRuleTests extends RuleTestSupport {

	@Override
	String rule() {
		return "constraint-not-valid";
	}

	@Override
	List<String> unsafe() {
		return List.of("ALTER TABLE orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (id);",
				"ALTER TABLE orders ADD FOREIGN KEY (customer_id) REFERENCES customers (id), ADD COLUMN note text;",
				"ALTER TABLE orders ADD CONSTRAINT orders_total_check CHECK (total >= 0);");
	}

	@Override
	List<String> safe() {
		return List.of("ALTER TABLE orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (id) NOT VALID;\nALTER TABLE orders VALIDATE CONSTRAINT orders_customer_fk;");
	}

	@Test
	void aTableCreatedEarlierInTheRunTakesTheConstraintAtOnce() {
		String table = "CREATE TABLE orders (id bigint PRIMARY KEY, total numeric);";
		String check = "ALTER TABLE orders ADD CONSTRAINT orders_total_check CHECK (total >= 0);";
		assertThat(lintSet(0L, table, check)).isEmpty();
		assertThat(lintSet(1L, table, check)).containsExactly("000002_step2.up.sql:1");
	}

}
