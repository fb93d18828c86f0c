package dev.migrator.boot.health;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

import dev.migrator.Migrator;
import dev.migrator.MigratorConfig;
import dev.migrator.history.QualifiedName;
import dev.migrator.lock.LockKey;
import dev.migrator.test.EmbeddedDatabaseTest;
import dev.migrator.test.MigrationFolder;
import dev.migrator.test.TestDatabase;
import dev.migrator.test.TwoReleases;

import static org.assertj.core.api.Assertions.assertThat;

@EmbeddedDatabaseTest
class MigratorHealthIndicatorTests {

	@TempDir
	Path directory;

	@Test
	void upWhenCleanWithTheVersion(TestDatabase db) {
		Migrator migrator = migrator(db);
		migrator.migrate();
		Health health = new MigratorHealthIndicator(migrator).health(true);
		assertThat(health.getStatus()).isEqualTo(Status.UP);
		assertThat(health.getDetails()).containsEntry("version", 1L).containsEntry("dirty", false);
	}

	@Test
	void downWhenDirtyWithTheProblem(TestDatabase db) {
		Migrator migrator = migrator(db);
		migrator.migrate();
		db.execute("UPDATE schema_migrations SET dirty = true");
		Health health = new MigratorHealthIndicator(migrator).health(true);
		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(health.getDetails()).containsEntry("dirty", true).containsKey("problems");
	}

	@Test
	void upWithTheHolderWhileADirtyMigrationHoldsTheLock(TestDatabase db) throws Exception {
		Migrator migrator = migrator(db);
		migrator.migrate();
		db.execute("UPDATE schema_migrations SET dirty = true, statements_done = 1");
		try (Connection holder = db.connect(); Statement statement = holder.createStatement()) {
			statement.execute("SET application_name = 'killed-client'");
			statement.execute("SELECT pg_advisory_lock(" + LockKey.of(new QualifiedName("public", "schema_migrations"))
					+ ")");
			Health health = new MigratorHealthIndicator(migrator).health(true);
			assertThat(health.getStatus()).isEqualTo(Status.UP);
			assertThat(health.getDetails()).containsEntry("dirty", true)
				.extractingByKey("inProgress")
				.asString()
				.contains("killed-client");
			assertThat(health.getDetails()).extractingByKey("problems").asString().contains("is in progress");
		}
		assertThat(new MigratorHealthIndicator(migrator).health(true).getStatus()).isEqualTo(Status.DOWN);
	}

	@Test
	void downWhenAnAppliedFileChangedWithTheProblem(TestDatabase db) {
		Migrator migrator = migrator(db);
		migrator.migrate();
		new MigrationFolder(this.directory).up("1_init", "CREATE TABLE t (id bigint);");
		Health health = new MigratorHealthIndicator(migrator).health(true);
		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(health.getDetails()).containsEntry("dirty", false)
			.extractingByKey("problems")
			.asString()
			.contains("1_init.up.sql");
	}

	@Test
	void downWhenAPendingFileWouldBeRefusedWithItsLine(TestDatabase db) {
		Migrator migrator = migrator(db);
		migrator.migrate();
		new MigrationFolder(this.directory).up("2_index", "SELECT 1;\nCREATE INDEX CONCURRENTLY t_id ON t (id);");
		Health health = new MigratorHealthIndicator(migrator).health(true);
		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(health.getDetails()).extractingByKey("problems")
			.asString()
			.contains("2_index.up.sql:2:1: PostgreSQL cannot run this statement inside a transaction block");
	}

	@Test
	void upWithTheVersionsANewerReleaseAppliedUnlessIgnoreAheadIsOff(TestDatabase db) {
		TwoReleases releases = TwoReleases.in(this.directory);
		migrator(db, releases.v2()).migrate();
		Health health = new MigratorHealthIndicator(migrator(db, releases.v1())).health(true);
		assertThat(health.getStatus()).isEqualTo(Status.UP);
		assertThat(health.getDetails()).containsEntry("version", 3L)
			.containsEntry("ahead", List.of(3L))
			.doesNotContainKey("problems");
		Health strict = new MigratorHealthIndicator(new Migrator(config(db, releases.v1()).ignoreAhead(false).build()))
			.health(true);
		assertThat(strict.getStatus()).isEqualTo(Status.DOWN);
		assertThat(strict.getDetails()).extractingByKey("problems")
			.asString()
			.contains("Migration 3 (add_title) was applied by a newer release");
	}

	private Migrator migrator(TestDatabase db, MigrationFolder folder) {
		return new Migrator(config(db, folder).build());
	}

	private static MigratorConfig.Builder config(TestDatabase db, MigrationFolder folder) {
		return MigratorConfig.builder().dataSource(db.dataSource()).locations(folder.location());
	}

	private Migrator migrator(TestDatabase db) {
		new MigrationFolder(this.directory).pair("1_init", "CREATE TABLE t (id int);", "DROP TABLE t;");
		return new Migrator(MigratorConfig.builder()
			.dataSource(db.dataSource())
			.locations("filesystem:" + this.directory)
			.build());
	}

}
