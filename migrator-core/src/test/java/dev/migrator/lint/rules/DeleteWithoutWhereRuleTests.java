package dev.migrator.lint.rules;

import java.util.List;

class DeleteWithoutWhereRuleTests extends RuleTestSupport {

	@Override
	String rule() {
		return "delete-without-where";
	}

	@Override
	List<String> unsafe() {
		return List.of("DELETE FROM orders;");
	}

	@Override
	List<String> safe() {
		return List.of("DELETE FROM orders WHERE status = 'test';");
	}

}
