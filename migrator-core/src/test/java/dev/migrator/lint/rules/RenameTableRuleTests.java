package dev.migrator.lint.rules;

import java.util.List;

class RenameTableRuleTests extends RuleTestSupport {

	@Override
	String rule() {
		return "rename-table";
	}

	@Override
	List<String> unsafe() {
		return List.of("ALTER TABLE orders RENAME TO purchases;");
	}

	@Override
	List<String> safe() {
		return List.of("CREATE OR REPLACE VIEW purchases AS SELECT * FROM orders;");
	}

}
