package dev.migrator.lint.rules;

import java.util.List;

class TransactionControlRuleTests extends RuleTestSupport {

	@Override
	String rule() {
		return "transaction-control";
	}

	@Override
	List<String> unsafe() {
		return List.of("COMMIT;\nUPDATE orders SET status = 'old' WHERE status = '';");
	}

	@Override
	List<String> safe() {
		return List.of("BEGIN;\nUPDATE orders SET status = 'new' WHERE status IS NULL;\nCOMMIT;");
	}

}
