package dev.migrator.sample;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code spring.datasource.url} set, the app migrates that database and starts no
 * PostgreSQL of its own. The "external" server here is another embedded one, started by
 * the test.
 */
@SpringBootTest
class SampleApplicationExternalDatabaseTests {

	private static final EmbeddedPostgres external = TestPostgres.start();

	@Autowired
	ObjectProvider<EmbeddedPostgres> ownServer;

	@DynamicPropertySource
	static void externalDatabase(DynamicPropertyRegistry registry) {
		TestPostgres.register(external, registry);
	}

	@Test
	void migratesTheConfiguredDatabaseInsteadOfStartingOne() {
		assertThat(this.ownServer.getIfAvailable()).isNull();
		assertThat(JdbcClient.create(external.getPostgresDatabase())
			.sql("SELECT max(version) FROM schema_migrations")
			.query(Long.class)
			.single()).isEqualTo(6);
	}

}
