package dev.migrator.lint.rules;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FkWithoutIndexRuleTests extends RuleTestSupport {

	private static final String PARENT = "CREATE TABLE orders (id bigint PRIMARY KEY);\n";

	private static final String CHILD = "CREATE TABLE order_lines (id bigint PRIMARY KEY,"
			+ " order_id bigint NOT NULL REFERENCES orders (id));\n";

	private static final String INDEX = "CREATE INDEX order_lines_order_id_idx ON order_lines (order_id);\n";

	@Override
	String rule() {
		return "fk-without-index";
	}

	@Override
	List<String> unsafe() {
		return List.of(CHILD,
				"ALTER TABLE order_lines ADD CONSTRAINT order_lines_order_fk FOREIGN KEY (order_id) REFERENCES orders (id) NOT VALID;",
				"CREATE TABLE order_lines (id bigint PRIMARY KEY, order_id bigint, product_id bigint,"
						+ " FOREIGN KEY (order_id, product_id) REFERENCES order_products (order_id, product_id));\n"
						+ "CREATE INDEX order_lines_product_id_idx ON order_lines (product_id, order_id);");
	}

	@Override
	List<String> safe() {
		return List.of(CHILD + INDEX, "CREATE TABLE order_lines (order_id bigint REFERENCES orders (id), line int,"
				+ " PRIMARY KEY (order_id, line));");
	}

	@Test
	void anIndexInTheNextFileCoversTheForeignKey() {
		assertThat(lintSet(0L, PARENT + CHILD, "-- migrator:no-transaction\n"
				+ "CREATE INDEX CONCURRENTLY order_lines_order_id_idx ON order_lines (order_id);")).isEmpty();
	}

	@Test
	void anIndexTwoFilesLaterComesTooLate() {
		assertThat(lintSet(0L, PARENT + CHILD, "SELECT 1;", INDEX)).containsExactly("000001_step1.up.sql:2");
	}

	@Test
	void anIndexOfAnEarlierFileCoversTheForeignKey() {
		String earlier = PARENT + "CREATE TABLE order_lines (id bigint PRIMARY KEY, order_id bigint);\n" + INDEX;
		String key = "ALTER TABLE order_lines ADD CONSTRAINT order_lines_order_fk FOREIGN KEY (order_id)"
				+ " REFERENCES orders (id) NOT VALID;";
		assertThat(lintSet(null, earlier, key)).isEmpty();
		assertThat(lintSet(1L, earlier, key)).isEmpty();
		assertThat(lintSet(null, PARENT + "CREATE TABLE order_lines (id bigint PRIMARY KEY, order_id bigint);", key))
			.containsExactly("000002_step2.up.sql:1");
	}

	@Test
	void theIndexOfADroppedTableNoLongerCounts() {
		assertThat(lintSet(0L, PARENT + CHILD + INDEX, "DROP TABLE order_lines;\n" + CHILD))
			.containsExactly("000002_step2.up.sql:2");
	}

}
