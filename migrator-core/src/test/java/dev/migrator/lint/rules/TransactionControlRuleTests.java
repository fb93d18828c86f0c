package dev.migrator.lint.rules;

class TransactionControlRuleTests extends RuleTestSupport {

	@Override
	String rule() {
		return "transaction-control";
	}

	@Override
	String unsafe() {
		return "COMMIT;\nUPDATE orders SET status = 'old' WHERE status = '';";
	}

	@Override
	String safe() {
		return "BEGIN;\nUPDATE orders SET status = 'new' WHERE status IS NULL;\nCOMMIT;";
	}

}
