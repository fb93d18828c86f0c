package dev.migrator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.migrator.Problem.Kind;
import dev.migrator.test.EmbeddedDatabaseTest;
import dev.migrator.test.MigrationFolder;
import dev.migrator.test.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@link Migrator#validate()} finds every file that a run refuses before touching the
 * database, naming the same file and line, on pending and applied, up and down files.
 */
@EmbeddedDatabaseTest
class ValidateTests {

	@TempDir
	Path directory;

	MigrationFolder folder;

	@BeforeEach
	void firstMigrationIsFine() {
		this.folder = new MigrationFolder(this.directory).pair("000001_create_users",
				"CREATE TABLE users (id bigint PRIMARY KEY);", "DROP TABLE users;");
	}

	static Stream<Arguments> refusedFiles() {
		return Stream.of(
				refused("invalid UTF-8", "000002_latin1.up.sql",
						"INSERT INTO users VALUES (1); -- caf\u00e9".getBytes(StandardCharsets.ISO_8859_1), Kind.INVALID_FILE,
						"000002_latin1.up.sql: invalid UTF-8 at byte offset 36"),
				refused("unterminated dollar quote", "000002_dollar.up.sql", "DO $body$\nBEGIN\n  NULL;\nEND\n$bodyy$;\n",
						Kind.INVALID_FILE, "000002_dollar.up.sql:1:4: unterminated dollar-quoted string"),
				refused("unterminated string", "000002_quote.up.sql", "INSERT INTO users VALUES (1);\nSELECT 'open;\n",
						Kind.INVALID_FILE, "000002_quote.up.sql:2:8: unterminated string"),
				refused("unterminated block comment", "000002_comment.up.sql",
						"/* outer /* inner */\nCREATE TABLE x (id int);\n", Kind.INVALID_FILE,
						"000002_comment.up.sql:1:1: unterminated block comment"),
				refused("\\i", "000002_include.up.sql", "CREATE TABLE x (id int);\n\\i other.sql\n", Kind.INVALID_FILE,
						"000002_include.up.sql:2:1: psql meta-command \\i"),
				refused("\\connect", "000002_connect.up.sql", "CREATE TABLE x (id int);\n\\connect other\n",
						Kind.INVALID_FILE, "000002_connect.up.sql:2:1: psql meta-command \\connect"),
				refused("CONCURRENTLY without the directive", "000002_index.up.sql",
						"\nCREATE INDEX CONCURRENTLY users_idx ON users (id);\n", Kind.INVALID_FILE,
						"000002_index.up.sql:2:1: PostgreSQL cannot run this statement inside a transaction block"),
				refused("BEGIN mid-file", "000002_begin.up.sql",
						"CREATE TABLE x (id int);\nBEGIN;\nCREATE TABLE y (id int);\n", Kind.INVALID_FILE,
						"000002_begin.up.sql:2:1: transaction control (BEGIN)"),
				refused("BEGIN that opens no wrapper", "000002_open.up.sql",
						"BEGIN;\nCREATE TABLE x (id int);\n", Kind.INVALID_FILE,
						"000002_open.up.sql:1:1: transaction control (BEGIN)"),
				refused("COMMIT mid-file", "000002_commit.up.sql",
						"CREATE TABLE x (id int);\nCOMMIT;\nCREATE TABLE y (id int);\n", Kind.INVALID_FILE,
						"000002_commit.up.sql:2:1: transaction control (COMMIT)"),
				refused("wrapper and no-transaction directive", "000002_both.up.sql",
						"-- migrator:no-transaction\nBEGIN;\nCREATE TABLE x (id int);\nCOMMIT;\n", Kind.INVALID_FILE,
						"000002_both.up.sql:2:1: the file is wrapped in BEGIN; ... COMMIT; and also says"),
				refused("unterminated COPY data", "000002_copy.up.sql",
						"CREATE TABLE t (a int);\nCOPY t FROM STDIN;\n1\n2\n", Kind.INVALID_FILE,
						"000002_copy.up.sql:2:1: COPY ... FROM STDIN data is not terminated"),
				refused("duplicate version", "1_users_again.up.sql", "SELECT 1;", Kind.INVALID_NAME,
						"version 1 has two up files"),
				refused("down without up", "000002_orphan.down.sql", "SELECT 1;", Kind.INVALID_NAME,
						"000002_orphan.down.sql has no matching .up.sql file"),
				refused("bad name", "V2__flyway_style.sql", "SELECT 1;", Kind.INVALID_NAME,
						"V2__flyway_style.sql: not a migration file name"));
	}

	private static Arguments refused(String name, String fileName, String content, Kind kind, String where) {
		return refused(name, fileName, content.getBytes(StandardCharsets.UTF_8), kind, where);
	}

	private static Arguments refused(String name, String fileName, byte[] content, Kind kind, String where) {
		return Arguments.of(name, fileName, content, kind, where);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("refusedFiles")
	void validateReportsWhatUpRefusesAtTheSameFileAndLine(String name, String fileName, byte[] content, Kind kind,
			String where, TestDatabase db) throws IOException {
		Files.write(this.directory.resolve(fileName), content);
		assertThat(migrator(db).validate()).filteredOn((problem) -> problem.kind() == kind)
			.singleElement()
			.satisfies((problem) -> assertThat(problem.message()).contains(where));
		assertThatExceptionOfType(MigratorException.class).isThrownBy(() -> migrator(db).migrate())
			.withMessageContaining(where);
		assertThat(db.tableExists("users")).isFalse();
		assertThat(db.tableExists("schema_migrations")).isFalse();
	}

	@Test
	void anAppliedFileEditedToBeInvalidIsReportedWithItsLineBesidesItsChecksum(TestDatabase db) {
		this.folder.up("000002_next", "CREATE TABLE next (id int);");
		migrator(db).migrate();
		this.folder.up("000002_next", "CREATE TABLE next (id int);\nCREATE TABLE later (name text DEFAULT 'x);\n");
		List<Problem> problems = migrator(db).validate();
		assertThat(problems).extracting(Problem::kind).containsExactly(Kind.CHECKSUM_MISMATCH, Kind.INVALID_FILE);
		assertThat(problems.get(1).version()).isEqualTo(2L);
		assertThat(problems.get(1).message()).contains("000002_next.up.sql:2:39: unterminated string");
	}

	@Test
	void aBadDownFileOfAPendingMigrationIsReportedBeforeDownRefusesIt(TestDatabase db) {
		this.folder.pair("000002_next", "CREATE TABLE next (id int);", "DROP TABLE next;\n\\connect other\n");
		assertThat(migrator(db).validate()).singleElement().satisfies((problem) -> {
			assertThat(problem.kind()).isEqualTo(Kind.INVALID_FILE);
			assertThat(problem.message()).contains("000002_next.down.sql:2:1: psql meta-command \\connect");
		});
		migrator(db).migrate();
		assertThatExceptionOfType(SqlSyntaxException.class).isThrownBy(() -> migrator(db).down(1))
			.satisfies((ex) -> assertThat(ex.fileName()).isEqualTo("000002_next.down.sql"))
			.satisfies((ex) -> assertThat(ex.line()).isEqualTo(2))
			.withMessageContaining("000002_next.down.sql:2:1");
		assertThat(db.tableExists("next")).isTrue();
		assertThat(migrator(db).status().version()).isEqualTo(2L);
	}

	@Test
	void statusListsTheSameProblemsAsValidate(TestDatabase db) {
		this.folder.up("000002_index", "CREATE INDEX CONCURRENTLY users_idx ON users (id);");
		this.folder.write("notes.sql", "SELECT 1;");
		List<Problem> problems = migrator(db).validate();
		assertThat(problems).extracting(Problem::kind).containsExactly(Kind.INVALID_NAME, Kind.INVALID_FILE);
		assertThat(migrator(db).status().problems()).isEqualTo(problems);
	}

	@Test
	void commentOnlyFileIsNoProblemOfTheFilesThemselves(TestDatabase db) {
		this.folder.up("000002_nothing", "-- to be written\n");
		assertThat(migrator(db).validate()).isEmpty();
	}

	@Test
	void validFilesWithAWrapperADirectiveAndCopyDataHaveNoProblem(TestDatabase db) {
		this.folder.up("000002_wrapped", "BEGIN;\nCREATE TABLE t (a int);\nCOPY t FROM STDIN;\n1\n\\.\nCOMMIT;\n")
			.up("000003_index", "-- migrator:no-transaction\nCREATE INDEX CONCURRENTLY t_a ON t (a);\n");
		assertThat(migrator(db).validate()).isEmpty();
		migrator(db).migrate();
		assertThat(migrator(db).validate()).isEmpty();
	}

	private Migrator migrator(TestDatabase db) {
		return new Migrator(
				MigratorConfig.builder().dataSource(db.dataSource()).locations(this.folder.location()).build());
	}

}
