package dev.migrator.lint.rules;

import java.util.List;

class UpdateWithoutWhereRuleTests extends RuleTestSupport {

	@Override
	String rule() {
		return "update-without-where";
	}

	@Override
	List<String> unsafe() {
		return List.of("UPDATE orders SET status = 'new';");
	}

	@Override
	List<String> safe() {
		return List.of("UPDATE orders SET status = 'new' WHERE id BETWEEN 1 AND 1000;");
	}

}
