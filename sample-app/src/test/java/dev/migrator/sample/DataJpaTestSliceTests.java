package dev.migrator.sample;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;

import dev.migrator.sample.model.Comment;
import dev.migrator.sample.model.Note;
import dev.migrator.sample.model.Notes;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code @DataJpaTest} migrates its database before Hibernate starts: with
 * {@code ddl-auto=validate} Hibernate would refuse to start on a schema without the
 * entity's table.
 */
@DataJpaTest(properties = "spring.jpa.hibernate.ddl-auto=validate")
class DataJpaTestSliceTests {

	private static final EmbeddedPostgres postgres = TestPostgres.start();

	@Autowired
	Notes notes;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestEntityManager entities;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestPostgres.register(postgres, registry);
	}

	@Test
	void repositoryReadsTheMigratedTable() {
		assertThat(this.notes.findAll()).extracting(Note::getTitle).containsExactlyInAnyOrder("Welcome", "Try it");
	}

	@Test
	void theEntitiesAddedLaterPersistOnTheTablesTheirGeneratedMigrationMade() {
		Note welcome = this.notes.findAll().get(0);
		welcome.pin();
		Comment comment = this.entities.persistFlushFind(new Comment(welcome, "Nice"));
		this.entities.clear();

		assertThat(comment.getNote().getTitle()).isEqualTo(welcome.getTitle());
		assertThat(this.notes.findById(welcome.getId())).get().extracting(Note::isPinned).isEqualTo(true);
	}

	@Test
	void historyRecordsEveryMigration() {
		assertThat(this.jdbc.sql("SELECT version FROM schema_migrations WHERE NOT dirty ORDER BY version")
			.query(Long.class)
			.list()).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
	}

}
