package dev.migrator.lint.rules;

class FkWithoutIndexRuleTests extends RuleTestSupport {

	@Override
	String rule() {
		return "fk-without-index";
	}

	@Override
	String unsafe() {
		return "CREATE TABLE IF NOT EXISTS order_lines (id bigint PRIMARY KEY, order_id bigint NOT NULL REFERENCES orders (id));";
	}

	@Override
	String safe() {
		return "CREATE TABLE IF NOT EXISTS order_lines (id bigint PRIMARY KEY, order_id bigint NOT NULL REFERENCES orders (id));\nCREATE INDEX IF NOT EXISTS order_lines_order_id_idx ON order_lines (order_id);";
	}

}
