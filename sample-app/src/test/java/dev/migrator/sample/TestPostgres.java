package dev.migrator.sample;

import java.io.IOException;
import java.io.UncheckedIOException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A PostgreSQL server of a test class's own: what its context finds migrated was migrated
 * by that context, not left behind by another.
 */
final class TestPostgres {

	private TestPostgres() {
	}

	static EmbeddedPostgres start() {
		try {
			return EmbeddedPostgres.builder().start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Points {@code spring.datasource.*} at the server's {@code postgres} database. */
	static void register(EmbeddedPostgres postgres, DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> postgres.getJdbcUrl("postgres", "postgres"));
		registry.add("spring.datasource.username", () -> "postgres");
		registry.add("spring.datasource.password", () -> "postgres");
	}

}
