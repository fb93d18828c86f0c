package dev.migrator;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

import dev.migrator.history.QualifiedName;
import dev.migrator.lock.LockKey;
import dev.migrator.test.EmbeddedDatabaseTest;
import dev.migrator.test.MigrationFolder;
import dev.migrator.test.TestDatabase;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Each kind of refusal is its own type carrying the failure's fields, and its message and
 * {@link MigratorException#details() details} are rendered from them.
 */
@EmbeddedDatabaseTest
class MigratorExceptionTests {

	@TempDir
	Path directory;

	MigrationFolder folder;

	@BeforeEach
	void twoMigrations() {
		this.folder = new MigrationFolder(this.directory)
			.pair("000001_create_users", "CREATE TABLE users (id bigint PRIMARY KEY);", "DROP TABLE users;")
			.up("000002_add_email", "ALTER TABLE users ADD COLUMN email text;");
	}

	@Test
	void aSyntaxErrorCarriesTheFilesLocationNameLineAndColumn(TestDatabase db) {
		this.folder.up("000003_quote", "SELECT 1;\nSELECT 'open;\n");
		assertThatExceptionOfType(SqlSyntaxException.class).isThrownBy(() -> migrator(db).migrate())
			.satisfies((ex) -> {
				assertThat(ex.fileName()).isEqualTo("000003_quote.up.sql");
				assertThat(ex.location()).isEqualTo(this.directory.resolve("000003_quote.up.sql").toString());
				assertThat(ex.line()).isEqualTo(2);
				assertThat(ex.column()).isEqualTo(8);
				assertThat(ex.getMessage()).isEqualTo(ex.location() + ":2:8: " + ex.problem());
				assertThat(ex.details()).containsExactly(entry("file", "000003_quote.up.sql"), entry("line", 2),
						entry("column", 8));
			});
	}

	@Test
	void invalidUtf8CarriesTheFileAndTheByteOffset(TestDatabase db) throws Exception {
		Files.write(this.directory.resolve("000003_latin1.up.sql"),
				"SELECT 'caf\u00e9';".getBytes(StandardCharsets.ISO_8859_1));
		assertThatExceptionOfType(InvalidEncodingException.class).isThrownBy(() -> migrator(db).migrate())
			.satisfies((ex) -> {
				assertThat(ex.fileName()).isEqualTo("000003_latin1.up.sql");
				assertThat(ex.file()).isEqualTo(this.directory.resolve("000003_latin1.up.sql").toString());
				assertThat(ex.byteOffset()).isEqualTo(11);
			});
	}

	@Test
	void aFailedMigrationCarriesVersionFilePositionAndSqlState(TestDatabase db) {
		this.folder.up("000003_bad_column", "SELECT 1;\nALTER TABLE users\n  ADD COLUMN nope nonexistent_type;\n");
		assertThatExceptionOfType(MigrationFailedException.class).isThrownBy(() -> migrator(db).migrate())
			.satisfies((ex) -> {
				assertThat(ex.step().version()).isEqualTo(3);
				assertThat(ex.fileName()).isEqualTo("000003_bad_column.up.sql");
				assertThat(ex.file()).isEqualTo(this.directory.resolve("000003_bad_column.up.sql").toString());
				assertThat(ex.line()).isEqualTo(3);
				assertThat(ex.column()).isEqualTo(19);
				assertThat(ex.sqlState()).isEqualTo("42704");
				assertThat(ex.details().keySet()).containsExactly("version", "direction", "file", "line", "column",
						"sqlState", "serverMessage");
				assertThat(ex.details()).containsEntry("direction", "up").containsEntry("line", 3);
			});
	}

	@Test
	void baselineOverAppliedMigrationsIsRefusedWithTheVersions(TestDatabase db) {
		migrator(db).up(1);
		assertThatExceptionOfType(BaselineRefusedException.class).isThrownBy(() -> migrator(db).baseline(2))
			.satisfies((ex) -> {
				assertThat(ex.version()).isEqualTo(2);
				assertThat(ex.applied()).isEqualTo(1);
				assertThat(ex.currentVersion()).isEqualTo(1L);
			})
			.withMessage("Cannot baseline at version 2: the history already records 1 migration (current version 1)."
					+ " Use force to move the recorded version.");
	}

	@Test
	void aNegativeBaselineIsRefusedWithTheVersion(TestDatabase db) {
		assertThatExceptionOfType(BaselineRefusedException.class).isThrownBy(() -> migrator(db).baseline(-2))
			.satisfies((ex) -> assertThat(ex.version()).isEqualTo(-2))
			.withMessage("The baseline version must be 0 or more, not -2");
	}

	@Test
	void goingToAnUnknownVersionIsRefusedWithTheVersion(TestDatabase db) {
		assertThatExceptionOfType(UnknownVersionException.class).isThrownBy(() -> migrator(db).gotoVersion(9))
			.satisfies((ex) -> assertThat(ex.version()).isEqualTo(9))
			.withMessageStartingWith("Cannot go to version 9: no migration has that version.");
	}

	@Test
	void rollingBackMoreThanIsAppliedIsRefusedWithBothCounts(TestDatabase db) {
		migrator(db).up(1);
		assertThatExceptionOfType(NotEnoughAppliedException.class).isThrownBy(() -> migrator(db).down(3))
			.satisfies((ex) -> {
				assertThat(ex.count()).isEqualTo(3);
				assertThat(ex.applied()).isEqualTo(1);
			})
			.withMessage("Cannot roll back 3 migrations: only 1 is applied. Nothing was run.");
	}

	@Test
	void aDirtyDatabaseIsRefusedWithTheDirtyVersion(TestDatabase db) {
		migrator(db).migrate();
		db.execute("UPDATE schema_migrations SET dirty = true WHERE version = 2");
		assertThatExceptionOfType(DirtyDatabaseException.class).isThrownBy(() -> migrator(db).migrate())
			.satisfies((ex) -> assertThat(ex.version()).isEqualTo(2))
			.withMessageStartingWith("The database is dirty at version 2: ");
	}

	@Test
	void aLockTimeoutCarriesTheHoldersPid(TestDatabase db) throws Exception {
		try (Connection holder = db.connect(); Statement statement = holder.createStatement()) {
			statement.execute("SELECT pg_advisory_lock(" + LockKey.of(new QualifiedName("public", "schema_migrations"))
					+ ")");
			int pid = pid(statement);
			Migrator impatient = new Migrator(config(db).lockTimeout(Duration.ofMillis(200)).build());
			assertThatExceptionOfType(LockTimeoutException.class).isThrownBy(impatient::migrate).satisfies((ex) -> {
				assertThat(ex.holder().pid()).isEqualTo(pid);
				assertThat(ex.details()).containsEntry("timeoutMs", 200L).containsEntry("lockHolderPid", pid);
				assertThat(ex.getMessage()).contains("pid " + pid);
			});
		}
	}

	@Test
	void aHistoryTableNameTakenByAnotherTableIsRefusedWithTheTable(TestDatabase db) {
		db.execute("CREATE TABLE schema_migrations (name text)");
		assertThatExceptionOfType(NotAHistoryTableException.class).isThrownBy(() -> migrator(db).migrate())
			.satisfies((ex) -> assertThat(ex.table()).isEqualTo("public.schema_migrations"))
			.withMessageStartingWith("The table public.schema_migrations exists but is not a migration history table");
	}

	@Test
	void aDatabaseErrorCarriesTheSqlState() {
		PGSimpleDataSource nowhere = new PGSimpleDataSource();
		nowhere.setUrl("jdbc:postgresql://localhost:1/none?connectTimeout=2");
		Migrator migrator = new Migrator(
				MigratorConfig.builder().dataSource(nowhere).locations(this.folder.location()).build());
		assertThatExceptionOfType(DatabaseException.class).isThrownBy(migrator::status)
			.satisfies((ex) -> assertThat(ex.sqlState()).isEqualTo("08001"))
			.satisfies((ex) -> assertThat(ex.details()).containsExactly(entry("sqlState", "08001")))
			.withMessageStartingWith("Database error: Connection to localhost:1 refused");
	}

	@Test
	void everyErrorIsAPublicFinalLeafOfTheRootInTheApiPackage() {
		JavaClasses core = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("dev.migrator");
		classes().that()
			.areAssignableTo(MigratorException.class)
			.and()
			.doNotHaveFullyQualifiedName(MigratorException.class.getName())
			.should()
			.bePublic()
			.andShould()
			.haveModifier(JavaModifier.FINAL)
			.andShould()
			.resideInAPackage("dev.migrator")
			.check(core);
		assertThat(core.get(MigratorException.class).getModifiers()).contains(JavaModifier.ABSTRACT);
	}

	private static int pid(Statement statement) throws Exception {
		try (ResultSet result = statement.executeQuery("SELECT pg_backend_pid()")) {
			result.next();
			return result.getInt(1);
		}
	}

	private static Map.Entry<String, Object> entry(String key, Object value) {
		return Map.entry(key, value);
	}

	private MigratorConfig.Builder config(TestDatabase db) {
		return MigratorConfig.builder().dataSource(db.dataSource()).locations(this.folder.location());
	}

	private Migrator migrator(TestDatabase db) {
		return new Migrator(config(db).build());
	}

}
