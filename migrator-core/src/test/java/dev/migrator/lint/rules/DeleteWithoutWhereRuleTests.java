package dev.migrator.lint.rules;

class DeleteWithoutWhereRuleTests extends RuleTestSupport {

	@Override
	String rule() {
		return "delete-without-where";
	}

	@Override
	String unsafe() {
		return "DELETE FROM orders;";
	}

	@Override
	String safe() {
		return "DELETE FROM orders WHERE status = 'test';";
	}

}
