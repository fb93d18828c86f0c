package dev.migrator;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.migrator.source.Direction;
import dev.migrator.test.EmbeddedDatabaseTest;
import dev.migrator.test.MigrationFolder;
import dev.migrator.test.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A file with no statement is a valid migration that does nothing, as psql and golang-migrate
 * run it: applied and recorded like any other, and reverted by removing its row.
 */
@EmbeddedDatabaseTest
class NoOpMigrationTests {

	private static final String NO_TRANSACTION = "-- migrator:no-transaction\n";

	@TempDir
	Path directory;

	/** Every shape of a file without a statement, with and without the directive. */
	static Stream<Arguments> noOpFiles() {
		List<String> shapes = List.of("", " \n\t\n", "-- no-op\n", "/* nothing to undo:\n   intentionally irreversible */\n",
				";\n;;\n", "BEGIN;\nCOMMIT;\n");
		Stream<Arguments> transactional = shapes.stream().map((shape) -> Arguments.of(shape, true));
		// a wrapper and the directive contradict each other: that file is refused on purpose
		Stream<Arguments> outside = shapes.stream()
			.filter((shape) -> !shape.startsWith("BEGIN"))
			.map((shape) -> Arguments.of(NO_TRANSACTION + shape, false));
		return Stream.concat(transactional, outside);
	}

	@ParameterizedTest
	@MethodSource("noOpFiles")
	void aFileWithoutStatementsIsAppliedRecordedAndRevertedAmongOthers(String noOp, boolean transactional,
			TestDatabase db) {
		MigrationFolder folder = new MigrationFolder(this.directory)
			.pair("000001_create_a", "CREATE TABLE a (id bigint);", "DROP TABLE a;")
			.pair("000002_nothing", noOp, noOp)
			.pair("000003_create_c", "CREATE TABLE c (id bigint);", "DROP TABLE c;");
		Migrator migrator = migrator(db, folder);

		assertThat(migrator.migrate().versionAfter()).isEqualTo(3L);
		assertThat(db.queryColumn("SELECT version || ':' || dirty || ':' || coalesce(statements_done::text, 'null')"
				+ " FROM schema_migrations ORDER BY version"))
			.containsExactly("1:false:null", "2:false:" + (transactional ? "null" : "0"), "3:false:null");
		assertThat(db.tableExists("c")).isTrue();

		assertThat(migrator.down(2).versionAfter()).isEqualTo(1L);
		assertThat(db.queryColumn("SELECT version FROM schema_migrations")).containsExactly("1");
		assertThat(db.tableExists("c")).isFalse();

		assertThat(migrator.gotoVersion(3).versionAfter()).isEqualTo(3L);
		assertThat(migrator.gotoVersion(1).versionAfter()).isEqualTo(1L);
		assertThat(migrator.status().dirty()).isFalse();
		assertThat(db.queryColumn("SELECT action || ':' || success FROM schema_migrations_log WHERE version = 2"
				+ " ORDER BY id")).containsExactly("up:true", "down:true", "up:true", "down:true");
		assertThat(migrator.validate()).isEmpty();
	}

	@ParameterizedTest
	@MethodSource("noOpFiles")
	void aFileWithoutStatementsIsPlannedAsANoOp(String noOp, boolean transactional, TestDatabase db) {
		MigrationFolder folder = new MigrationFolder(this.directory)
			.pair("000001_create_a", "CREATE TABLE a (id bigint);", "DROP TABLE a;")
			.pair("000002_nothing", noOp, noOp);
		Plan plan = migrator(db, folder).plan(Operation.migrate());
		assertThat(plan.migrations()).hasSize(2);
		Plan.PlannedMigration nothing = plan.migrations().get(1);
		assertThat(nothing.statements()).isEmpty();
		assertThat(nothing.transactional()).isEqualTo(transactional);
		assertThat(nothing.findings()).extracting("rule").containsExactly("empty-migration");
		assertThat(db.tableExists("schema_migrations")).isFalse();

		migrator(db, folder).migrate();
		Plan down = migrator(db, folder).plan(Operation.down(1));
		assertThat(down.migrations()).singleElement().satisfies((migration) -> {
			assertThat(migration.direction()).isEqualTo(Direction.DOWN);
			assertThat(migration.statements()).isEmpty();
			assertThat(migration.findings()).isEmpty();
		});
	}

	@Test
	void theChecksumOfAFileWithoutStatementsIsThatOfItsBytes(TestDatabase db) {
		MigrationFolder folder = new MigrationFolder(this.directory).pair("000001_nothing", "", "-- no-op\n");
		migrator(db, folder).migrate();
		// SHA-256 of no bytes and of "-- no-op\n", as recorded before such files ran
		assertThat(db.queryColumn("SELECT checksum || ' ' || down_checksum FROM schema_migrations"))
			.containsExactly("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855 "
					+ "76622c512a0fde7dc79cfbb9a6265364e4633438cfc2d8ffa410c61526c195e6");
	}

	private static Migrator migrator(TestDatabase db, MigrationFolder folder) {
		return new Migrator(MigratorConfig.builder().dataSource(db.dataSource()).locations(folder.location()).build());
	}

}
