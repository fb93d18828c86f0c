package dev.migrator;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.migrator.test.EmbeddedDatabaseTest;
import dev.migrator.test.MigrationFolder;
import dev.migrator.test.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * What a failure says: every kind names its file the same way (the location as given and the
 * file's name, with line and column), and a server error keeps its detail, hint and context.
 */
@EmbeddedDatabaseTest
class FailureMessageTests {

	@TempDir
	Path directory;

	MigrationFolder folder;

	String file;

	@BeforeEach
	void createFolder() {
		this.folder = new MigrationFolder(this.directory);
		this.file = this.directory + "/000001_fails.up.sql";
	}

	@Test
	void aDoBlockThatRaisesKeepsDetailHintAndContext(TestDatabase db) {
		this.folder.up("000001_fails",
				"SELECT 1;\nDO $$ BEGIN RAISE EXCEPTION 'boom' USING DETAIL = 'd', HINT = 'h'; END $$;");
		assertThatExceptionOfType(MigrationFailedException.class).isThrownBy(() -> migrator(db).migrate())
			.satisfies((ex) -> assertThat(ex.file()).isEqualTo(this.file))
			.withMessageStartingWith(this.file + ":2:1: migration 1 (fails, up) failed: ERROR P0001: boom")
			.withMessageContaining("(detail: d)")
			.withMessageContaining("(hint: h)")
			.withMessageContaining("(context: PL/pgSQL function inline_code_block line 1 at RAISE)");
	}

	@Test
	void aFunctionFailingInsideNamesItsLineInTheContext(TestDatabase db) {
		this.folder.up("000001_fails", """
				CREATE FUNCTION divide(a int, b int) RETURNS int LANGUAGE plpgsql AS $$
				BEGIN
				  RETURN a / b;
				END $$;
				SELECT divide(1, 0);
				""");
		assertThatExceptionOfType(MigrationFailedException.class).isThrownBy(() -> migrator(db).migrate())
			.withMessageStartingWith(this.file + ":5:1: ")
			.withMessageContaining("ERROR 22012: division by zero")
			.withMessageContaining("(context: PL/pgSQL function divide(integer,integer) line 3 at RETURN)");
	}

	@Test
	void aSyntaxErrorNamesTheFileAsAFailureDoes(TestDatabase db) {
		this.folder.up("000001_fails", "SELECT 1;\nSELECT 'unterminated;");
		assertThatExceptionOfType(SqlSyntaxException.class).isThrownBy(() -> migrator(db).migrate())
			.satisfies((ex) -> assertThat(ex.location()).isEqualTo(this.file))
			.withMessageStartingWith(this.file + ":2:8: ");
	}

	@Test
	void aValidationProblemNamesTheFileAsAFailureDoes(TestDatabase db) {
		this.folder.up("000001_fails", "SELECT 1;\n\\connect other");
		assertThat(migrator(db).validate()).extracting(Problem::message)
			.singleElement()
			.asString()
			.startsWith(this.file + ":2:1: ");
	}

	private Migrator migrator(TestDatabase db) {
		return new Migrator(
				MigratorConfig.builder().dataSource(db.dataSource()).locations(List.of(this.folder.location())).build());
	}

}
