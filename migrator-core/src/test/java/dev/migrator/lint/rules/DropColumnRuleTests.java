package dev.migrator.lint.rules;

class DropColumnRuleTests extends RuleTestSupport {

	@Override
	String rule() {
		return "drop-column";
	}

	@Override
	String unsafe() {
		return "ALTER TABLE orders DROP COLUMN IF EXISTS legacy_code;";
	}

	@Override
	String safe() {
		return "ALTER TABLE orders DROP CONSTRAINT orders_legacy_check;";
	}

}
