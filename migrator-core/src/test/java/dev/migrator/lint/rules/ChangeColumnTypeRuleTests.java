package dev.migrator.lint.rules;

class ChangeColumnTypeRuleTests extends RuleTestSupport {

	@Override
	String rule() {
		return "change-column-type";
	}

	@Override
	String unsafe() {
		return "ALTER TABLE orders ALTER COLUMN total TYPE numeric(12, 2);";
	}

	@Override
	String safe() {
		return "ALTER TABLE orders ALTER COLUMN note TYPE text;";
	}

}
