package dev.migrator.sample;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jdbc.test.autoconfigure.DataJdbcTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code @DataJdbcTest} migrates its database before its repositories use it. */
@DataJdbcTest
class DataJdbcTestSliceTests {

	private static final EmbeddedPostgres postgres = TestPostgres.start();

	@Autowired
	TagRepository tags;

	@Autowired
	JdbcClient jdbc;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestPostgres.register(postgres, registry);
	}

	@Test
	void repositoryReadsTheMigratedTable() {
		assertThat(this.tags.findAll()).extracting(Tag::name).containsExactlyInAnyOrder("hello", "howto");
	}

	@Test
	void historyRecordsEveryMigration() {
		assertThat(this.jdbc.sql("SELECT version FROM schema_migrations WHERE NOT dirty ORDER BY version")
			.query(Long.class)
			.list()).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
	}

}
