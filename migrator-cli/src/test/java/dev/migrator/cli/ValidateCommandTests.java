package dev.migrator.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import tools.jackson.databind.JsonNode;

import dev.migrator.test.EmbeddedDatabaseTest;
import dev.migrator.test.MigrationFolder;
import dev.migrator.test.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code validate} exits 1 for what {@code up} refuses, naming the same file and line.
 */
@EmbeddedDatabaseTest
class ValidateCommandTests {

	@TempDir
	Path directory;

	final CliRunner cli = new CliRunner();

	@BeforeEach
	void firstMigrationIsFine() {
		new MigrationFolder(this.directory).pair("000001_create_users", "CREATE TABLE users (id bigint PRIMARY KEY);",
				"DROP TABLE users;");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			psql meta-command | 000002_include.up.sql | SELECT 1;\\n\\\\i other.sql\\n      | INVALID_FILE | 000002_include.up.sql:2:1: psql meta-command \\i
			CONCURRENTLY      | 000002_index.up.sql   | \\nCREATE INDEX CONCURRENTLY i ON users (id); | INVALID_FILE | 000002_index.up.sql:2:1: PostgreSQL cannot run this statement
			dollar quote      | 000002_dollar.up.sql  | SELECT 1;\\nDO $a$ BEGIN NULL; END;   | INVALID_FILE | 000002_dollar.up.sql:2:4: unterminated dollar-quoted string
			down without up   | 000002_orphan.down.sql | SELECT 1;                             | INVALID_NAME | 000002_orphan.down.sql has no matching .up.sql file
			""")
	void validateExitsOneWithTheLineThatUpRefuses(String name, String fileName, String content, String kind,
			String where, TestDatabase db) throws IOException {
		Files.writeString(this.directory.resolve(fileName), content.replace("\\n", "\n").replace("\\\\", "\\"));
		CliRunner.Result text = run(db, "validate");
		assertThat(text.exitCode()).isEqualTo(1);
		assertThat(text.out().lines()).filteredOn((line) -> line.contains(where)).singleElement().asString()
			.startsWith("- ");
		JsonNode problem = run(db, "validate", "--format", "json").json().get("problems").get(0);
		assertThat(problem.get("kind").asString()).isEqualTo(kind);
		assertThat(problem.get("message").asString()).contains(where);
		CliRunner.Result up = run(db, "up");
		assertThat(up.exitCode()).isEqualTo(1);
		assertThat(up.err()).contains(where);
		assertThat(db.tableExists("schema_migrations")).isFalse();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			up file   | 000002_latin1.up.sql
			down file | 000001_create_users.down.sql
			""")
	void invalidUtf8IsReportedWithItsByteOffset(String name, String fileName, TestDatabase db) throws IOException {
		Files.write(this.directory.resolve(fileName), "SELECT 1; -- caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
		CliRunner.Result result = run(db, "validate");
		assertThat(result.exitCode()).isEqualTo(1);
		assertThat(result.out()).contains(fileName + ": invalid UTF-8 at byte offset 16");
	}

	private CliRunner.Result run(TestDatabase db, String... args) {
		return this.cli.run(new String[] { "--url", db.url(), "--user", db.user(), "--locations",
				"filesystem:" + this.directory }, args);
	}

}
