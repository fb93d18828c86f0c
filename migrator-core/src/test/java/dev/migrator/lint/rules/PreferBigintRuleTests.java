package dev.migrator.lint.rules;

import java.util.List;

class PreferBigintRuleTests extends RuleTestSupport {

	@Override
	String rule() {
		return "prefer-bigint";
	}

	@Override
	List<String> unsafe() {
		return List.of("CREATE TABLE IF NOT EXISTS tags (id serial PRIMARY KEY, name text);");
	}

	@Override
	List<String> safe() {
		return List.of("CREATE TABLE IF NOT EXISTS tags (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name text);");
	}

}
