package dev.migrator.lint.rules;

import java.util.List;

class TimestampWithoutTimeZoneRuleTests extends RuleTestSupport {

	@Override
	String rule() {
		return "timestamp-without-time-zone";
	}

	@Override
	List<String> unsafe() {
		return List.of("ALTER TABLE orders ADD COLUMN shipped_at timestamp;");
	}

	@Override
	List<String> safe() {
		return List.of("ALTER TABLE orders ADD COLUMN shipped_at timestamptz;");
	}

}
