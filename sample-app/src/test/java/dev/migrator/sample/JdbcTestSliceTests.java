package dev.migrator.sample;

import java.util.List;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * {@code @JdbcTest} migrates its database like the app does: the starter is part of the
 * slice. The database comes from {@link DynamicPropertySource}, so the slice keeps it
 * instead of replacing it with an embedded one.
 */
@JdbcTest
@Import(NoteRepository.class)
class JdbcTestSliceTests {

	private static final EmbeddedPostgres postgres = TestPostgres.start();

	@Autowired
	NoteRepository notes;

	@Autowired
	JdbcClient jdbc;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestPostgres.register(postgres, registry);
	}

	@Test
	void repositoryReadsTheMigratedTables() {
		assertThat(this.notes.findAll()).extracting(Note::title, Note::tags)
			.containsExactly(tuple("Welcome", List.of("hello")), tuple("Try it", List.of("howto")));
	}

	@Test
	void historyRecordsEveryMigration() {
		assertThat(this.jdbc.sql("SELECT version FROM schema_migrations WHERE NOT dirty ORDER BY version")
			.query(Long.class)
			.list()).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
	}

}
