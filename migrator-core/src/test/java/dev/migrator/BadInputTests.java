package dev.migrator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.migrator.test.EmbeddedDatabaseTest;
import dev.migrator.test.MigrationFolder;
import dev.migrator.test.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Every kind of bad input gets a clear error naming the file (and line where there is one),
 * and leaves the database exactly as it was: not even the history table is created.
 */
@EmbeddedDatabaseTest
class BadInputTests {

	@TempDir
	Path directory;

	MigrationFolder folder;

	@BeforeEach
	void firstMigrationIsFine() {
		this.folder = new MigrationFolder(this.directory).pair("000001_create_users",
				"CREATE TABLE users (id bigint PRIMARY KEY);", "DROP TABLE users;");
	}

	@Test
	void duplicateVersions(TestDatabase db) {
		this.folder.up("1_users_again", "SELECT 1;");
		assertRefused(db, MigrationSourceException.class, "version 1 has two up files", "000001_create_users.up.sql",
				"1_users_again.up.sql");
	}

	@Test
	void downWithoutItsUp(TestDatabase db) {
		this.folder.down("000002_orphan", "SELECT 1;");
		assertRefused(db, MigrationSourceException.class, "000002_orphan.down.sql has no matching .up.sql file");
	}

	@Test
	void unparsableName(TestDatabase db) {
		this.folder.write("V2__flyway_style.sql", "SELECT 1;");
		assertRefused(db, MigrationSourceException.class, "V2__flyway_style.sql: not a migration file name");
	}

	@Test
	void invalidUtf8(TestDatabase db) throws IOException {
		Files.write(this.directory.resolve("000002_latin1.up.sql"),
				"INSERT INTO users VALUES (1); -- caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
		assertRefused(db, InvalidEncodingException.class, (ex) -> {
			assertThat(ex.fileName()).isEqualTo("000002_latin1.up.sql");
			assertThat(ex.byteOffset()).isEqualTo(36);
		}, "000002_latin1.up.sql: invalid UTF-8 at byte offset 36");
	}

	@Test
	void byteOrderMarkIsAccepted(TestDatabase db) throws IOException {
		Files.write(this.directory.resolve("000002_bom.up.sql"),
				"\uFEFFCREATE TABLE bom (id int);".getBytes(StandardCharsets.UTF_8));
		assertThat(migrator(db).migrate().versionAfter()).isEqualTo(2L);
		assertThat(db.tableExists("bom")).isTrue();
	}

	@Test
	void crlfIsAcceptedWithTheSameChecksumAsLf(TestDatabase db) throws IOException {
		this.folder.up("000002_lf", "CREATE TABLE a (id int);\nCREATE TABLE b (id int);\n");
		migrator(db).migrate();
		Files.writeString(this.directory.resolve("000002_lf.up.sql"),
				"CREATE TABLE a (id int);\r\nCREATE TABLE b (id int);\r\n");
		assertThat(migrator(db).validate()).isEmpty();
	}

	@Test
	void fileWithoutStatementsIsNoBadInputButANoOpMigration(TestDatabase db) {
		this.folder.up("000002_nothing", "-- to be written\n");
		assertThat(migrator(db).migrate().versionAfter()).isEqualTo(2L);
		assertThat(db.tableExists("users")).isTrue();
		assertThat(db.queryColumn("SELECT version || ':' || dirty FROM schema_migrations ORDER BY version"))
			.containsExactly("1:false", "2:false");
	}

	@Test
	void unterminatedQuote(TestDatabase db) {
		this.folder.up("000002_quote", "INSERT INTO users VALUES (1);\nSELECT 'open;\n");
		assertRefused(db, SqlSyntaxException.class, at("000002_quote.up.sql", 2, 8),
				"000002_quote.up.sql:2:8: unterminated string");
	}

	@Test
	void unterminatedDollarQuote(TestDatabase db) {
		this.folder.up("000002_dollar", "DO $body$\nBEGIN\n  NULL;\nEND\n$bodyy$;\n");
		assertRefused(db, SqlSyntaxException.class, at("000002_dollar.up.sql", 1, 4),
				"000002_dollar.up.sql:1:4: unterminated dollar-quoted string starting with $body$");
	}

	@Test
	void unterminatedBlockComment(TestDatabase db) {
		this.folder.up("000002_comment", "/* outer /* inner */\nCREATE TABLE x (id int);\n");
		assertRefused(db, SqlSyntaxException.class, at("000002_comment.up.sql", 1, 1),
				"000002_comment.up.sql:1:1: unterminated block comment");
	}

	@Test
	void psqlMetaCommand(TestDatabase db) {
		this.folder.up("000002_include", "CREATE TABLE x (id int);\n\\i other.sql\n");
		assertRefused(db, SqlSyntaxException.class, at("000002_include.up.sql", 2, 1),
				"000002_include.up.sql:2:1: psql meta-command \\i");
	}

	@Test
	void transactionControlMidFile(TestDatabase db) {
		this.folder.up("000002_commit", "CREATE TABLE x (id int);\nCOMMIT;\nCREATE TABLE y (id int);\n");
		assertRefused(db, SqlSyntaxException.class, at("000002_commit.up.sql", 2, 1),
				"000002_commit.up.sql:2:1: transaction control (COMMIT)");
	}

	@Test
	void fileWrappedInBeginCommitRunsInTheEnginesTransaction(TestDatabase db) {
		this.folder.up("000002_wrapped", "BEGIN;\nCREATE TABLE x (id int);\nCREATE TABLE y (id int);\nCOMMIT;\n");
		assertThat(migrator(db).migrate().versionAfter()).isEqualTo(2L);
		assertThat(db.tableExists("y")).isTrue();
	}

	@Test
	void concurrentlyWithoutTheDirective(TestDatabase db) {
		this.folder.up("000002_index", "\nCREATE INDEX CONCURRENTLY users_idx ON users (id);\n");
		assertRefused(db, SqlSyntaxException.class, at("000002_index.up.sql", 2, 1), "000002_index.up.sql:2:1",
				"add the comment -- migrator:no-transaction");
	}

	@Test
	void checksumDriftOfAnAppliedFile(TestDatabase db) {
		migrator(db).migrate();
		this.folder.up("000001_create_users", "CREATE TABLE users (id bigint PRIMARY KEY, name text);");
		this.folder.up("000002_next", "CREATE TABLE next (id int);");
		assertThatExceptionOfType(ValidationException.class).isThrownBy(() -> migrator(db).migrate())
			.withMessageContaining("000001_create_users.up.sql changed after migration 1 was applied");
		assertThat(db.tableExists("next")).isFalse();
	}

	@Test
	void missingLocation(TestDatabase db) {
		Migrator migrator = new Migrator(MigratorConfig.builder()
			.dataSource(db.dataSource())
			.locations("filesystem:" + this.directory.resolve("nope"))
			.build());
		assertThatExceptionOfType(MigrationSourceException.class).isThrownBy(migrator::migrate)
			.withMessageContaining("does not exist");
		assertThat(db.tableExists("schema_migrations")).isFalse();
	}

	@Test
	void locationThatIsAFile(TestDatabase db) {
		Migrator migrator = new Migrator(MigratorConfig.builder()
			.dataSource(db.dataSource())
			.locations(this.directory.resolve("000001_create_users.up.sql").toString())
			.build());
		assertThatExceptionOfType(MigrationSourceException.class).isThrownBy(migrator::migrate)
			.withMessageContaining("is a file, not a folder");
		assertThat(db.tableExists("schema_migrations")).isFalse();
	}

	private void assertRefused(TestDatabase db, Class<? extends MigratorException> type, String... messageParts) {
		assertRefused(db, type, (ex) -> {
		}, messageParts);
	}

	private <T extends MigratorException> void assertRefused(TestDatabase db, Class<T> type, Consumer<T> fields,
			String... messageParts) {
		assertThatExceptionOfType(type).isThrownBy(() -> migrator(db).migrate()).satisfies((ex) -> {
			fields.accept(ex);
			for (String part : messageParts) {
				assertThat(ex.getMessage()).contains(part);
			}
		});
		assertThat(db.tableExists("users")).isFalse();
		assertThat(db.tableExists("schema_migrations")).isFalse();
	}

	private Consumer<SqlSyntaxException> at(String fileName, int line, int column) {
		return (ex) -> {
			assertThat(ex.fileName()).isEqualTo(fileName);
			assertThat(ex.location()).isEqualTo(this.directory.resolve(fileName).toString());
			assertThat(ex.line()).isEqualTo(line);
			assertThat(ex.column()).isEqualTo(column);
		};
	}

	private Migrator migrator(TestDatabase db) {
		return new Migrator(
				MigratorConfig.builder().dataSource(db.dataSource()).locations(this.folder.location()).build());
	}

}
