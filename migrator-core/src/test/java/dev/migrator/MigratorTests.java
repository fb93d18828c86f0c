package dev.migrator;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.migrator.Problem.Kind;
import dev.migrator.lint.Finding;
import dev.migrator.lint.LintConfig;
import dev.migrator.source.Direction;
import dev.migrator.test.EmbeddedDatabaseTest;
import dev.migrator.test.MigrationFolder;
import dev.migrator.test.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

@EmbeddedDatabaseTest
class MigratorTests {

	@TempDir
	Path directory;

	MigrationFolder folder;

	@BeforeEach
	void writeThreeMigrations() {
		this.folder = new MigrationFolder(this.directory)
			.pair("000001_create_users", "CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);",
					"DROP TABLE users;")
			.pair("000002_create_notes",
					"CREATE TABLE notes (id bigint PRIMARY KEY, user_id bigint REFERENCES users (id), body text);\n"
							+ "CREATE INDEX notes_user_id_idx ON notes (user_id);",
					"DROP TABLE notes;")
			.pair("000003_add_title", "ALTER TABLE notes ADD COLUMN title text;",
					"ALTER TABLE notes DROP COLUMN title;");
	}

	@Test
	void migrateAppliesEveryPendingMigrationInOrder(TestDatabase db) {
		MigrationResult result = migrator(db).migrate();
		assertThat(result.versionBefore()).isNull();
		assertThat(result.versionAfter()).isEqualTo(3L);
		assertThat(result.steps()).extracting(MigrationStep::version).containsExactly(1L, 2L, 3L);
		assertThat(db.queryColumn("SELECT column_name FROM information_schema.columns WHERE table_name = 'notes'"
				+ " ORDER BY ordinal_position")).containsExactly("id", "user_id", "body", "title");
		assertThat(db.queryColumn("SELECT version || ':' || dirty || ':' || (checksum IS NOT NULL)"
				+ " FROM schema_migrations ORDER BY version")).containsExactly("1:false:true", "2:false:true",
						"3:false:true");
	}

	@Test
	void migrateTwiceAppliesNothingTheSecondTime(TestDatabase db) {
		migrator(db).migrate();
		MigrationResult second = migrator(db).migrate();
		assertThat(second.steps()).isEmpty();
		assertThat(second.versionAfter()).isEqualTo(3L);
	}

	@Test
	void statusShowsAppliedAndPendingWithoutCreatingAnything(TestDatabase db) {
		MigrationStatus before = migrator(db).status();
		assertThat(before.version()).isNull();
		assertThat(before.pending()).extracting(PendingMigration::version).containsExactly(1L, 2L, 3L);
		assertThat(db.tableExists("schema_migrations")).isFalse();
		migrator(db).up(2);
		MigrationStatus after = migrator(db).status();
		assertThat(after.version()).isEqualTo(2L);
		assertThat(after.dirty()).isFalse();
		assertThat(after.applied()).extracting(AppliedMigration::description)
			.containsExactly("create_users", "create_notes");
		assertThat(after.pending()).extracting(PendingMigration::version).containsExactly(3L);
		assertThat(after.problems()).isEmpty();
	}

	@Test
	void failingStatementLeavesTheDatabaseCleanAtThePreviousVersion(TestDatabase db) {
		this.folder.up("000004_broken", "ALTER TABLE notes ADD COLUMN rating int;\n\nINSERT INTO notes (id, nope)\n"
				+ "  VALUES (1, 2);");
		assertThatExceptionOfType(MigrationFailedException.class).isThrownBy(() -> migrator(db).migrate())
			.satisfies((ex) -> {
				assertThat(ex.file()).endsWith("000004_broken.up.sql");
				assertThat(ex.line()).isEqualTo(3);
				assertThat(ex.column()).isEqualTo(24);
				assertThat(ex.sqlState()).isEqualTo("42703");
				assertThat(ex.serverMessage()).contains("column \"nope\" of relation \"notes\" does not exist");
				assertThat(ex.getMessage()).contains("000004_broken.up.sql:3:24").contains("42703");
			});
		MigrationStatus status = migrator(db).status();
		assertThat(status.version()).isEqualTo(3L);
		assertThat(status.dirty()).isFalse();
		assertThat(db.queryColumn("SELECT column_name FROM information_schema.columns WHERE table_name = 'notes'"
				+ " AND column_name = 'rating'")).isEmpty();
		assertThat(db.queryColumn("SELECT action || ':' || version || ':' || success FROM schema_migrations_log"
				+ " ORDER BY id DESC LIMIT 1")).containsExactly("up:4:false");
	}

	@Test
	void downRollsBackTheHighestAppliedMigrations(TestDatabase db) {
		migrator(db).migrate();
		MigrationResult result = migrator(db).down(2);
		assertThat(result.steps()).extracting(MigrationStep::version).containsExactly(3L, 2L);
		assertThat(result.steps()).extracting(MigrationStep::direction).containsOnly(Direction.DOWN);
		assertThat(result.versionAfter()).isEqualTo(1L);
		assertThat(db.tableExists("notes")).isFalse();
	}

	@Test
	void downOfAMigrationWithoutDownFileIsRefusedBeforeAnythingRuns(TestDatabase db) {
		this.folder.delete("000002_create_notes.down.sql");
		migrator(db).migrate();
		assertThatExceptionOfType(IrreversibleMigrationException.class).isThrownBy(() -> migrator(db).down(2))
			.withMessageContaining("000002_create_notes.up.sql has no matching .down.sql");
		assertThat(migrator(db).status().version()).isEqualTo(3L);
		assertThat(db.queryColumn("SELECT column_name FROM information_schema.columns WHERE table_name = 'notes'"
				+ " AND column_name = 'title'")).containsExactly("title");
	}

	@Test
	void gotoMovesDownAndUp(TestDatabase db) {
		migrator(db).migrate();
		assertThat(migrator(db).gotoVersion(1).versionAfter()).isEqualTo(1L);
		assertThat(db.tableExists("notes")).isFalse();
		assertThat(migrator(db).gotoVersion(3).steps()).extracting(MigrationStep::version).containsExactly(2L, 3L);
		assertThatExceptionOfType(UnknownVersionException.class).isThrownBy(() -> migrator(db).gotoVersion(7))
			.satisfies((ex) -> assertThat(ex.version()).isEqualTo(7))
			.withMessageContaining("no migration has that version");
	}

	@Test
	void checksumDriftIsRefusedUntilRepaired(TestDatabase db) {
		migrator(db).migrate();
		this.folder.up("000002_create_notes",
				"-- reformatted\nCREATE TABLE notes (id bigint PRIMARY KEY, user_id bigint REFERENCES users (id), body text);\n"
						+ "CREATE INDEX notes_user_id_idx ON notes (user_id);");
		this.folder.pair("000004_add_rating", "ALTER TABLE notes ADD COLUMN rating int;",
				"ALTER TABLE notes DROP COLUMN rating;");
		assertThatExceptionOfType(ValidationException.class).isThrownBy(() -> migrator(db).migrate())
			.satisfies((ex) -> assertThat(ex.problems()).extracting(Problem::kind)
				.containsExactly(Kind.CHECKSUM_MISMATCH))
			.withMessageContaining("000002_create_notes.up.sql changed after migration 2 was applied");
		assertThat(migrator(db).status().version()).isEqualTo(3L);
		assertThat(migrator(db).repair()).containsExactly(2L);
		assertThat(migrator(db).migrate().versionAfter()).isEqualTo(4L);
	}

	@Test
	void checksumDriftIsIgnoredWhenValidateOnMigrateIsOff(TestDatabase db) {
		migrator(db).migrate();
		this.folder.up("000003_add_title", "ALTER TABLE notes ADD COLUMN title text; -- edited");
		Migrator lenient = new Migrator(config(db).validateOnMigrate(false).build());
		assertThat(lenient.migrate().steps()).isEmpty();
	}

	@Test
	void outOfOrderMigrationIsRefusedUnlessAllowed(TestDatabase db) {
		this.folder.delete("000002_create_notes.up.sql").delete("000002_create_notes.down.sql");
		this.folder.pair("000003_add_title", "CREATE TABLE notes (id bigint PRIMARY KEY, title text);",
				"DROP TABLE notes;");
		migrator(db).migrate();
		this.folder.pair("000002_create_tags", "CREATE TABLE tags (id bigint PRIMARY KEY);", "DROP TABLE tags;");
		assertThatExceptionOfType(ValidationException.class).isThrownBy(() -> migrator(db).migrate())
			.satisfies((ex) -> assertThat(ex.problems()).extracting(Problem::kind).containsExactly(Kind.OUT_OF_ORDER))
			.withMessageContaining("000002_create_tags.up.sql (version 2) is not applied");
		Migrator allowing = new Migrator(config(db).outOfOrder(true).build());
		assertThat(allowing.migrate().steps()).extracting(MigrationStep::version).containsExactly(2L);
		assertThat(allowing.status().version()).isEqualTo(3L);
	}

	@Test
	void forceRecordsAVersionWithoutRunningAnything(TestDatabase db) {
		migrator(db).force(2);
		assertThat(migrator(db).status().applied()).extracting(AppliedMigration::version).containsExactly(1L, 2L);
		assertThat(db.tableExists("users")).isFalse();
		migrator(db).force(-1);
		assertThat(migrator(db).status().version()).isNull();
	}

	@Test
	void baselineRecordsAnExistingSchemaAndIsRefusedOnceThereIsHistory(TestDatabase db) {
		db.execute("CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL)");
		migrator(db).baseline(1);
		assertThat(migrator(db).migrate().steps()).extracting(MigrationStep::version).containsExactly(2L, 3L);
		assertThatExceptionOfType(BaselineRefusedException.class).isThrownBy(() -> migrator(db).baseline(3))
			.satisfies((ex) -> {
				assertThat(ex.version()).isEqualTo(3);
				assertThat(ex.applied()).isEqualTo(3);
			})
			.withMessageContaining("already records 3 migrations");
	}

	@Test
	void planListsTheStatementsThatWouldRunAndChangesNothing(TestDatabase db) {
		Plan plan = migrator(db).plan(Operation.migrate());
		assertThat(plan.version()).isNull();
		assertThat(plan.migrations()).extracting(Plan.PlannedMigration::version).containsExactly(1L, 2L, 3L);
		assertThat(plan.migrations().get(1).statements()).hasSize(2);
		assertThat(plan.migrations().get(1).statements().get(1).line()).isEqualTo(2);
		assertThat(db.tableExists("schema_migrations")).isFalse();
		assertThat(db.tableExists("users")).isFalse();
	}

	@Test
	void lintOfPendingFilesKnowsWhatTheRunAndTheAppliedMigrationsCreated(TestDatabase db) {
		this.folder.pair("000004_index_titles", "CREATE INDEX notes_title_idx ON notes (title);",
				"DROP INDEX notes_title_idx;");
		assertThat(migrator(db).lintPending(LintConfig.defaults())).isEmpty();
		assertThat(migrator(db).plan(Operation.migrate()).migrations())
			.allSatisfy((migration) -> assertThat(migration.findings()).isEmpty());
		this.folder.delete("000004_index_titles.up.sql").delete("000004_index_titles.down.sql");
		migrator(db).migrate();
		this.folder.pair("000004_index_titles", "CREATE INDEX notes_title_idx ON notes (title);",
				"DROP INDEX notes_title_idx;")
			.pair("000005_key_notes", "ALTER TABLE notes ADD CONSTRAINT notes_user_fk FOREIGN KEY (user_id)"
					+ " REFERENCES users (id) NOT VALID;", "ALTER TABLE notes DROP CONSTRAINT notes_user_fk;");
		assertThat(migrator(db).lintPending(LintConfig.defaults())).extracting(Finding::file, Finding::rule)
			.containsExactly(tuple("000004_index_titles.up.sql", "index-not-concurrent"));
		assertThat(migrator(db).plan(Operation.migrate()).migrations().get(0).findings()).extracting(Finding::rule)
			.containsExactly("index-not-concurrent");
	}

	@Test
	void executionTimeIsMeasuredByTheServerThoughTheStatementsTravelInOneBatch(TestDatabase db) {
		this.folder.pair("000004_slow", "DO $$ BEGIN PERFORM pg_sleep(0.3); END $$;\nALTER TABLE notes ADD COLUMN done boolean;",
				"ALTER TABLE notes DROP COLUMN done;");
		migrator(db).migrate();
		assertThat(db.queryColumn("SELECT execution_ms FROM schema_migrations ORDER BY version"))
			.map(Long::valueOf)
			.satisfies((ms) -> assertThat(ms.subList(0, 3)).allSatisfy((fast) -> assertThat(fast).isLessThan(300)))
			.satisfies((ms) -> assertThat(ms.get(3)).isBetween(300L, 5_000L));
		assertThat(db.queryColumn("SELECT execution_ms FROM schema_migrations_log WHERE version = 4"))
			.singleElement()
			.satisfies((ms) -> assertThat(Long.valueOf(ms)).isBetween(300L, 5_000L));
	}

	@Test
	void historyTableNamesAreQuotedSafely(TestDatabase db) {
		Migrator odd = new Migrator(config(db).schema("my \"odd\"; schema").table("history; DROP TABLE users").build());
		odd.migrate();
		assertThat(db.queryColumn("SELECT count(*) FROM \"my \"\"odd\"\"; schema\".\"history; DROP TABLE users\""))
			.containsExactly("3");
		assertThat(odd.status().version()).isEqualTo(3L);
	}

	@Test
	void lockTimeoutNamesTheHolder(TestDatabase db) throws Exception {
		migrator(db).up(1);
		try (var holder = db.connect(); var statement = holder.createStatement()) {
			statement.execute("SET application_name = 'long-running-deploy'");
			statement.execute("SELECT pg_advisory_lock(" + dev.migrator.lock.LockKey
				.of(new dev.migrator.history.QualifiedName("public", "schema_migrations")) + ")");
			Migrator impatient = new Migrator(config(db).lockTimeout(Duration.ofMillis(300)).build());
			assertThatExceptionOfType(LockTimeoutException.class).isThrownBy(impatient::migrate)
				.satisfies((ex) -> assertThat(ex.holder().applicationName()).isEqualTo("long-running-deploy"))
				.withMessageContaining("long-running-deploy");
			assertThat(impatient.status().version()).isEqualTo(1L);
		}
	}

	@Test
	void anEmptyStatementDoesNotEndTheFile(TestDatabase db) {
		this.folder.up("000004_lone_semicolon", "CREATE TABLE a (id int);\n;\nCREATE TABLE b (id int);\n;;\n");
		MigrationResult result = migrator(db).migrate();
		assertThat(result.versionAfter()).isEqualTo(4L);
		assertThat(db.tableExists("a")).isTrue();
		assertThat(db.tableExists("b")).isTrue();
	}

	@Test
	void semicolonsInARulesActionsAndInAnAtomicBodyStayInTheirStatement(TestDatabase db) {
		this.folder.up("000004_rule_and_function", "CREATE TABLE audit (note text);\n"
				+ "CREATE RULE notes_audit AS ON INSERT TO notes DO ALSO (INSERT INTO audit VALUES ('a;');"
				+ " INSERT INTO audit VALUES ('b'););\n"
				+ "CREATE FUNCTION audited() RETURNS bigint LANGUAGE sql BEGIN ATOMIC SELECT 1 AS end;"
				+ " SELECT count(*) FROM audit; END;\n"
				+ "INSERT INTO notes (id) VALUES (1);");
		migrator(db).migrate();
		assertThat(db.queryColumn("SELECT audited()")).containsExactly("2");
	}

	private Migrator migrator(TestDatabase db) {
		return new Migrator(config(db).build());
	}

	private MigratorConfig.Builder config(TestDatabase db) {
		return MigratorConfig.builder().dataSource(db.dataSource()).locations(List.of(this.folder.location()));
	}

}
