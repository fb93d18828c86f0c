package dev.migrator.lint.rules;

class MissingIfNotExistsRuleTests extends RuleTestSupport {

	@Override
	String rule() {
		return "missing-if-not-exists";
	}

	@Override
	String unsafe() {
		return "CREATE TABLE audit (id bigint PRIMARY KEY);";
	}

	@Override
	String safe() {
		return "CREATE TABLE IF NOT EXISTS audit (id bigint PRIMARY KEY);";
	}

}
