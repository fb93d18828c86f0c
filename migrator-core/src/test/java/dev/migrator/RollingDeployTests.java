package dev.migrator;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.migrator.Problem.Kind;
import dev.migrator.test.EmbeddedDatabaseTest;
import dev.migrator.test.MigrationFolder;
import dev.migrator.test.TestDatabase;
import dev.migrator.test.TwoReleases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A newer release migrated the database while instances of the older release still run,
 * restart or come back in a roll back: the versions it applied are ahead of their files.
 */
@EmbeddedDatabaseTest
class RollingDeployTests {

	@TempDir
	Path directory;

	TwoReleases releases;

	TestDatabase db;

	/** Each resolution of a {@link TestDatabase} is a new database: the tests share this one. */
	@BeforeEach
	void newerReleaseMigrated(TestDatabase db) {
		this.db = db;
		this.releases = TwoReleases.in(this.directory);
		migrator(this.releases.v2()).migrate();
	}

	@Test
	void olderReleaseFindsNoProblem() {
		assertThat(olderRelease().validate()).isEmpty();
	}

	@Test
	void statusListsTheNewerReleasesVersionsAsAheadAndNotAsApplied() {
		MigrationStatus status = olderRelease().status();
		assertThat(status.version()).isEqualTo(3L);
		assertThat(status.applied()).extracting(AppliedMigration::version).containsExactly(1L, 2L);
		assertThat(status.pending()).isEmpty();
		assertThat(status.ahead()).singleElement().satisfies((ahead) -> {
			assertThat(ahead.version()).isEqualTo(3L);
			assertThat(ahead.description()).isEqualTo("add_title");
			assertThat(ahead.appliedAt()).isNotNull();
			assertThat(ahead.script()).isNull();
		});
		assertThat(status.problems()).isEmpty();
	}

	@Test
	void olderReleaseMigratesWithNothingToRun() {
		MigrationResult result = olderRelease().migrate();
		assertThat(result.steps()).isEmpty();
		assertThat(result.versionBefore()).isEqualTo(3L);
		assertThat(result.versionAfter()).isEqualTo(3L);
		assertThat(this.db.queryColumn("SELECT version FROM schema_migrations ORDER BY version")).containsExactly("1", "2",
				"3");
	}

	@Test
	void newerReleaseSeesNothingAhead() {
		MigrationStatus status = migrator(this.releases.v2()).status();
		assertThat(status.ahead()).isEmpty();
		assertThat(status.applied()).extracting(AppliedMigration::version).containsExactly(1L, 2L, 3L);
	}

	@Test
	void withIgnoreAheadOffTheVersionsAheadAreAProblemAndMigrateIsRefused() {
		Migrator strict = new Migrator(config(this.releases.v1()).ignoreAhead(false).build());
		assertThat(strict.validate()).singleElement().satisfies((problem) -> {
			assertThat(problem.kind()).isEqualTo(Kind.AHEAD);
			assertThat(problem.version()).isEqualTo(3L);
		});
		assertThat(strict.status().ahead()).extracting(AppliedMigration::version).containsExactly(3L);
		assertThatExceptionOfType(ValidationException.class).isThrownBy(strict::migrate)
			.withMessageContaining("Migration 3 (add_title) was applied by a newer release")
			.withMessageContaining("the latest here is 2")
			.withMessageContaining("migrator.ignore-ahead")
			.withMessageContaining("--no-ignore-ahead");
	}

	@Test
	void aMissingFileBelowTheLatestFileStaysAProblem() {
		MigrationFolder gap = this.releases.v2().delete("2_create_notes.up.sql").delete("2_create_notes.down.sql");
		Migrator migrator = migrator(gap);
		assertThat(migrator.validate()).extracting(Problem::kind, Problem::version)
			.containsExactly(tuple(Kind.MISSING_FILE, 2L));
		assertThat(migrator.status().ahead()).isEmpty();
		assertThatExceptionOfType(ValidationException.class).isThrownBy(migrator::migrate)
			.withMessageContaining("Migration 2 (create_notes) is applied but its file is missing");
	}

	@Test
	void aMarkerRowAboveEveryFileIsAppliedAsToday() {
		migrator(this.releases.v2()).force(7);
		MigrationStatus status = migrator(this.releases.v2()).status();
		assertThat(status.applied()).extracting(AppliedMigration::version).containsExactly(1L, 2L, 3L, 7L);
		assertThat(status.ahead()).isEmpty();
		assertThat(status.problems()).isEmpty();
	}

	@Test
	void aDirtyRowAboveEveryFileIsDirtyNotAhead() {
		this.db.execute("UPDATE schema_migrations SET dirty = true WHERE version = 3");
		MigrationStatus status = olderRelease().status();
		assertThat(status.ahead()).isEmpty();
		assertThat(status.applied()).extracting(AppliedMigration::version).containsExactly(1L, 2L, 3L);
		assertThat(status.problems()).extracting(Problem::kind).startsWith(Kind.DIRTY);
		assertThatExceptionOfType(DirtyDatabaseException.class).isThrownBy(() -> olderRelease().migrate());
	}

	@Test
	void withNoFileAtAllNothingIsAhead() {
		this.releases.v1()
			.delete("1_create_users.up.sql")
			.delete("1_create_users.down.sql")
			.delete("2_create_notes.up.sql")
			.delete("2_create_notes.down.sql");
		MigrationStatus status = olderRelease().status();
		assertThat(status.ahead()).isEmpty();
		assertThat(status.problems()).extracting(Problem::kind).containsOnly(Kind.MISSING_FILE).hasSize(3);
	}

	@Test
	void pendingVersionsBelowTheVersionsAheadFollowTheOutOfOrderRule() {
		this.releases.v1().pair("0_seed", "CREATE TABLE seed (id int);", "DROP TABLE seed;");
		assertThatExceptionOfType(ValidationException.class).isThrownBy(() -> olderRelease().migrate())
			.satisfies((ex) -> assertThat(ex.problems()).extracting(Problem::kind).containsExactly(Kind.OUT_OF_ORDER));
		MigrationResult allowed = new Migrator(config(this.releases.v1()).outOfOrder(true).build()).migrate();
		assertThat(allowed.steps()).extracting(MigrationStep::version).containsExactly(0L);
	}

	@Test
	void downFromTheOlderReleaseIsRefusedNamingTheVersionAhead() {
		assertThatExceptionOfType(IrreversibleMigrationException.class).isThrownBy(() -> olderRelease().down(1))
			.satisfies((ex) -> assertThat(ex.version()).isEqualTo(3L))
			.withMessageContaining("Cannot roll back migration 3: a newer release applied it")
			.withMessageContaining("roll it back with the newer release's migration files")
			.withMessageContaining("Nothing was run");
		assertThatExceptionOfType(IrreversibleMigrationException.class)
			.isThrownBy(() -> olderRelease().gotoVersion(1))
			.withMessageContaining("Cannot roll back migration 3: a newer release applied it");
		assertThat(this.db.queryColumn("SELECT column_name FROM information_schema.columns WHERE table_name = 'notes'"
				+ " AND column_name = 'title'")).containsExactly("title");
		assertThat(migrator(this.releases.v2()).down(1).versionAfter()).isEqualTo(2L);
	}

	private Migrator olderRelease() {
		return migrator(this.releases.v1());
	}

	private Migrator migrator(MigrationFolder folder) {
		return new Migrator(config(folder).build());
	}

	private MigratorConfig.Builder config(MigrationFolder folder) {
		return MigratorConfig.builder().dataSource(this.db.dataSource()).locations(folder.location());
	}

}
