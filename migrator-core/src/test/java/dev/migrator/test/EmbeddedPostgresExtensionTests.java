package dev.migrator.test;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@EmbeddedDatabaseTest
class EmbeddedPostgresExtensionTests {

	@Test
	void serverIsTheMajorTheBuildAskedFor(TestDatabase db) {
		String expectedMajor = System.getProperty("migrator.test.postgres-major", "18");
		assertThat(db.queryColumn("SELECT current_setting('server_version_num')::int / 10000"))
			.containsExactly(expectedMajor);
	}

	@Test
	void everyTestGetsAFreshDatabase(TestDatabase first) {
		TestDatabase second = EmbeddedPostgresExtension.newDatabase();
		first.execute("CREATE TABLE only_in_first (id int)");
		assertThat(second.name()).isNotEqualTo(first.name());
		assertThat(second.tableExists("only_in_first")).isFalse();
	}

}
