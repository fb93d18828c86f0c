package dev.migrator.lint.rules;

import java.util.List;

class VacuumFullRuleTests extends RuleTestSupport {

	@Override
	String rule() {
		return "vacuum-full";
	}

	@Override
	List<String> unsafe() {
		return List.of("-- migrator:no-transaction\nVACUUM FULL orders;");
	}

	@Override
	List<String> safe() {
		return List.of("-- migrator:no-transaction\nVACUUM (ANALYZE) orders;");
	}

}
