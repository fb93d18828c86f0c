package dev.migrator.lint.rules;

class VacuumFullRuleTests extends RuleTestSupport {

	@Override
	String rule() {
		return "vacuum-full";
	}

	@Override
	String unsafe() {
		return "-- migrator:no-transaction\nVACUUM FULL orders;";
	}

	@Override
	String safe() {
		return "-- migrator:no-transaction\nVACUUM (ANALYZE) orders;";
	}

}
