package dev.migrator.lint.rules;

class UpdateWithoutWhereRuleTests extends RuleTestSupport {

	@Override
	String rule() {
		return "update-without-where";
	}

	@Override
	String unsafe() {
		return "UPDATE orders SET status = 'new';";
	}

	@Override
	String safe() {
		return "UPDATE orders SET status = 'new' WHERE id BETWEEN 1 AND 1000;";
	}

}
