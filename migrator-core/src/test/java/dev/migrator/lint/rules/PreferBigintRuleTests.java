package dev.migrator.lint.rules;

class PreferBigintRuleTests extends RuleTestSupport {

	@Override
	String rule() {
		return "prefer-bigint";
	}

	@Override
	String unsafe() {
		return "CREATE TABLE IF NOT EXISTS tags (id serial PRIMARY KEY, name text);";
	}

	@Override
	String safe() {
		return "CREATE TABLE IF NOT EXISTS tags (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name text);";
	}

}
