package dev.migrator.lint.rules;

class TimestampWithoutTimeZoneRuleTests extends RuleTestSupport {

	@Override
	String rule() {
		return "timestamp-without-time-zone";
	}

	@Override
	String unsafe() {
		return "ALTER TABLE orders ADD COLUMN shipped_at timestamp;";
	}

	@Override
	String safe() {
		return "ALTER TABLE orders ADD COLUMN shipped_at timestamptz;";
	}

}
