package dev.migrator.sample;

import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.postgresql.PostgreSQLContainer;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;

import dev.migrator.Migrator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The app on a real PostgreSQL container through a service connection; skipped where
 * there is no Docker.
 */
@SpringBootTest
@Testcontainers(disabledWithoutDocker = true)
class SampleApplicationContainerTests {

	@Container
	@ServiceConnection
	static final PostgreSQLContainer postgres = new PostgreSQLContainer("postgres:18-alpine");

	@Autowired
	Migrator migrator;

	@Test
	void migratesTheContainerDatabase() {
		assertThat(this.migrator.status().version()).isEqualTo(6L);
	}

}
