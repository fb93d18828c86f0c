package dev.migrator.hibernate;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.migrator.test.EmbeddedDatabaseTest;
import dev.migrator.test.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

@EmbeddedDatabaseTest
class PostgresDefaultNamesTests {

	private static final String NAMES = """
			SELECT conname FROM pg_constraint con JOIN pg_namespace n ON n.oid = con.connamespace
			WHERE n.nspname = '%1$s' AND contype IN ('f', 'u')
			UNION ALL
			SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
			WHERE n.nspname = '%1$s' AND c.relkind = 'i'
			ORDER BY 1
			""";

	/** The same table twice: named as Hibernate names it, and unnamed as a migration leaves it to PostgreSQL. */
	@ParameterizedTest(name = "{0}({1}, {2})")
	@CsvSource(textBlock = """
			orders,                                                          customer_id,                                            note_id
			a_table_whose_name_takes_up_nearly_all_of_the_63_bytes_allowed, customer_id,                                            note_id
			orders,                                                          a_column_whose_name_is_long_enough_to_be_cut_short_too, note_id
			a_table_whose_name_takes_up_nearly_all_of_the_63_bytes_allowed, a_column_whose_name_is_long_enough_to_be_cut_short_too, the_second_column_whose_name_is_long_as_well
			""")
	void givesTheNamesPostgresGivesConstraintsAndIndexesWrittenWithoutOne(String table, String first, String second,
			TestDatabase database) {
		database.execute("CREATE TABLE parent (id bigint PRIMARY KEY)");
		database.execute("CREATE SCHEMA hibernate");
		database.execute("CREATE TABLE hibernate." + table + " (" + first + " bigint, " + second + " bigint,"
				+ " CONSTRAINT FK624gtjin3po807j3vix093tlf FOREIGN KEY (" + first + ") REFERENCES parent,"
				+ " CONSTRAINT FKr1wf7bcsyuuy874qf4vahg9yr FOREIGN KEY (" + first + ") REFERENCES parent,"
				+ " CONSTRAINT UKrm329y1qei2vbtf3we4oh1gyx UNIQUE (" + first + ", " + second + "))");
		database.execute("CREATE INDEX IDXq9ofbs8n59h5cdrcyhn4i4ho8 ON hibernate." + table + " (" + second + ")");
		database.execute("CREATE SCHEMA migrations");
		database.execute("CREATE TABLE migrations." + table + " (" + first + " bigint, " + second + " bigint,"
				+ " FOREIGN KEY (" + first + ") REFERENCES parent, FOREIGN KEY (" + first + ") REFERENCES parent,"
				+ " UNIQUE (" + first + ", " + second + "))");
		database.execute("CREATE INDEX ON migrations." + table + " (" + second + ")");

		PostgresDefaultNames.apply(database.dataSource());

		List<String> postgres = database.queryColumn(NAMES.formatted("migrations"));
		assertThat(postgres).hasSize(5);
		assertThat(database.queryColumn(NAMES.formatted("hibernate"))).isEqualTo(postgres);
	}

	@ParameterizedTest
	@CsvSource(textBlock = """
			fk_orders_customer
			FKorders
			orders_customer_fk
			""")
	void leavesNamesSomeoneChoseAsTheyAre(String name, TestDatabase database) {
		database.execute("CREATE TABLE parent (id bigint PRIMARY KEY)");
		database.execute("CREATE TABLE orders (customer_id bigint CONSTRAINT " + name + " REFERENCES parent)");

		PostgresDefaultNames.apply(database.dataSource());

		assertThat(database.queryColumn(NAMES.formatted("public"))).containsExactly(name.toLowerCase(Locale.ROOT), "parent_pkey");
	}

}
