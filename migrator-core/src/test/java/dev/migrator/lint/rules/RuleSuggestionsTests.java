package dev.migrator.lint.rules;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import dev.migrator.lint.Finding;
import dev.migrator.lint.Linter;
import dev.migrator.test.EmbeddedDatabaseTest;
import dev.migrator.test.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No advice is invalid SQL: every statement a suggestion shows, for every positive case of
 * every rule, runs on PostgreSQL, in the order shown, where the objects the cases name exist.
 * Suggestions show SQL as whole statements ending with a semicolon; other mentions of keywords
 * are prose.
 */
@EmbeddedDatabaseTest
class RuleSuggestionsTests {

	private static final List<RuleTestSupport> RULES = List.of(new ChangeColumnTypeRuleTests(),
			new CharTypeRuleTests(), new ConcurrentlyInTransactionRuleTests(), new ConstraintNotValidRuleTests(),
			new DeleteWithoutWhereRuleTests(), new DropColumnRuleTests(), new DropIndexNotConcurrentRuleTests(),
			new DropSchemaRuleTests(), new DropTableRuleTests(), new EmptyMigrationRuleTests(),
			new FkWithoutIndexRuleTests(), new IdentifierTooLongRuleTests(), new IndexNotConcurrentRuleTests(),
			new MissingIfNotExistsRuleTests(), new NotNullWithoutDefaultRuleTests(), new PreferBigintRuleTests(),
			new PreferJsonbRuleTests(), new PreferTextRuleTests(), new RenameColumnRuleTests(),
			new RenameTableRuleTests(), new SetNotNullRuleTests(), new TimestampWithoutTimeZoneRuleTests(),
			new TransactionControlRuleTests(), new UniqueConstraintRuleTests(), new UpdateWithoutWhereRuleTests(),
			new VacuumFullRuleTests(), new VolatileDefaultRuleTests());

	private static final Pattern STATEMENT = Pattern
		.compile("\\b(CREATE|ALTER|DROP|INSERT|UPDATE|DELETE|SELECT|TRUNCATE|VACUUM|BEGIN|COMMIT)\\b[^;]*;");

	private static final String SCHEMA = """
			CREATE TABLE customers (id bigint PRIMARY KEY);
			CREATE TABLE order_products (order_id bigint, product_id bigint, PRIMARY KEY (order_id, product_id));
			CREATE TABLE orders (id bigint, status text, total numeric, code text, region text, number text,
			    customer_id bigint REFERENCES customers (id), public_id uuid, legacy_code text);
			CREATE TABLE order_lines (id bigint PRIMARY KEY, order_id bigint, product_id bigint);
			CREATE TABLE legacy (id bigint);
			CREATE INDEX orders_region_idx ON orders (region);
			CREATE MATERIALIZED VIEW order_totals AS SELECT sum(total) AS total FROM orders;
			""";

	@Test
	void everyRuleIsDrivenWithItsPositiveCases() {
		List<String> tested = RULES.stream().map(RuleTestSupport::rule).toList();
		assertThat(new TreeSet<>(tested)).containsExactlyElementsOf(Linter.rules()
			.keySet()
			.stream()
			.filter((rule) -> !rule.equals(Linter.SYNTAX) && !rule.equals(Linter.MISSING_DOWN))
			.toList());
	}

	@Test
	void everyStatementASuggestionShowsRunsOnPostgres(TestDatabase db) throws SQLException {
		List<List<String>> suggestions = new ArrayList<>();
		for (RuleTestSupport rule : RULES) {
			for (String unsafe : rule.unsafe()) {
				for (Finding finding : rule.lint(unsafe)) {
					List<String> statements = new ArrayList<>();
					Matcher matcher = STATEMENT.matcher(finding.suggestion());
					while (matcher.find()) {
						statements.add(matcher.group());
					}
					if (!statements.isEmpty()) {
						suggestions.add(statements);
					}
				}
			}
		}
		assertThat(suggestions).hasSizeGreaterThan(15);
		List<String> refused = new ArrayList<>();
		try (Connection connection = db.connect(); Statement jdbc = connection.createStatement()) {
			for (int i = 0; i < suggestions.size(); i++) {
				// each suggestion in order, outside a transaction as CONCURRENTLY needs, on its own copy of the objects
				jdbc.execute("CREATE SCHEMA s" + i + "; SET search_path = s" + i + ";\n" + SCHEMA);
				for (String sql : suggestions.get(i)) {
					try {
						jdbc.execute(sql);
					}
					catch (SQLException ex) {
						refused.add(ex.getSQLState() + " " + ex.getMessage() + " in: " + sql);
					}
				}
			}
		}
		assertThat(refused).isEmpty();
	}

}
