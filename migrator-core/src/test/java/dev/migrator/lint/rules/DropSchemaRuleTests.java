package dev.migrator.lint.rules;

class DropSchemaRuleTests extends RuleTestSupport {

	@Override
	String rule() {
		return "drop-schema";
	}

	@Override
	String unsafe() {
		return "DROP SCHEMA IF EXISTS reporting CASCADE;";
	}

	@Override
	String safe() {
		return "CREATE SCHEMA IF NOT EXISTS reporting;";
	}

}
