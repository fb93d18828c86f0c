package dev.migrator.lint.rules;

import java.util.List;

class DropSchemaRuleTests extends RuleTestSupport {

	@Override
	String rule() {
		return "drop-schema";
	}

	@Override
	List<String> unsafe() {
		return List.of("DROP SCHEMA IF EXISTS reporting CASCADE;");
	}

	@Override
	List<String> safe() {
		return List.of("CREATE SCHEMA IF NOT EXISTS reporting;");
	}

}
