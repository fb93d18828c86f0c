package dev.migrator.lint.rules;

class RenameTableRuleTests extends RuleTestSupport {

	@Override
	String rule() {
		return "rename-table";
	}

	@Override
	String unsafe() {
		return "ALTER TABLE orders RENAME TO purchases;";
	}

	@Override
	String safe() {
		return "CREATE OR REPLACE VIEW purchases AS SELECT * FROM orders;";
	}

}
