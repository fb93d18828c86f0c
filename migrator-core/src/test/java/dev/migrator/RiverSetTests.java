package dev.migrator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.migrator.schema.Schema;
import dev.migrator.test.EmbeddedDatabaseTest;
import dev.migrator.test.MigrationFolder;
import dev.migrator.test.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * River's published migrations as a library's set that runs before the application's,
 * whose table refers to River's jobs. River's files are not ours to ship, so the test reads
 * them from a River checkout: {@code -Dmigrator.river.dir=RIVER/riverdriver/riverpgxv5/migration/main}
 * (see the README); without it the test is skipped.
 */
@EmbeddedDatabaseTest
class RiverSetTests {

	private static final String RIVER_DIR = "migrator.river.dir";

	private static final Set<String> HISTORY = Set.of("schema_migrations", "schema_migrations_log",
			"schema_migrations_river", "schema_migrations_river_log");

	private static final String APP_UP = "CREATE TABLE job_owners (job_id bigint REFERENCES river_job (id), owner text);";

	@TempDir
	Path directory;

	@Test
	void riverRolledBackToVersion3AndUpAgainHasTheSchemaOfItsFilesRunInOrder(TestDatabase db, TestDatabase reference)
			throws Exception {
		String riverDir = System.getProperty(RIVER_DIR);
		assumeTrue(riverDir != null, () -> "set -D" + RIVER_DIR + " to River's migration/main folder to run this test");
		Path river = renderSchemaPlaceholder(Paths.get(riverDir), Files.createDirectory(this.directory.resolve("river")));
		MigrationFolder app = new MigrationFolder(Files.createDirectory(this.directory.resolve("app")))
			.pair("000001_job_owners", APP_UP, "DROP TABLE job_owners;");
		Migrators migrators = Migrators.of(
				MigratorConfig.builder().dataSource(db.dataSource()).locations(app.location()).build(),
				List.of(new SetDefinition("river", List.of(river.toString()), null, SetDefinition.Order.BEFORE)));

		assertThat(migrators.migrate().get("river").steps()).hasSize(7);
		migrators.migrator("river").gotoVersion(3);
		MigrationStatus status = migrators.status().get("river");
		assertThat(status.version()).isEqualTo(3L);
		assertThat(status.pending()).extracting(PendingMigration::version).containsExactly(4L, 5L, 6L, 7L);
		assertThat(migrators.status().get("app").version()).isEqualTo(1L);
		assertThat(migrators.migrate().get("river").steps()).hasSize(4);

		runInOrder(river, reference);
		assertThat(schema(db)).isEqualTo(schema(reference));
		assertThat(schema(db).find("table public.river_job")).isPresent();
	}

	/**
	 * River's files with its {@code /* TEMPLATE: schema *}{@code /} placeholder rendered as the
	 * empty prefix, as River renders it for the default schema.
	 */
	private static Path renderSchemaPlaceholder(Path from, Path to) throws IOException {
		try (Stream<Path> files = Files.list(from)) {
			for (Path file : files.filter((path) -> path.getFileName().toString().endsWith(".sql")).toList()) {
				String sql = Files.readString(file, StandardCharsets.UTF_8).replace("/* TEMPLATE: schema */", "");
				Files.writeString(to.resolve(file.getFileName()), sql, StandardCharsets.UTF_8);
			}
		}
		return to;
	}

	/** River's up files and the application's, each run by plain JDBC in order, without Migrator. */
	private static void runInOrder(Path river, TestDatabase reference) throws IOException, SQLException {
		List<Path> ups;
		try (Stream<Path> files = Files.list(river)) {
			ups = files.filter((file) -> file.getFileName().toString().endsWith(".up.sql")).sorted().toList();
		}
		assertThat(ups).hasSize(7);
		try (Connection connection = reference.connect(); Statement statement = connection.createStatement()) {
			for (Path up : ups) {
				statement.execute(Files.readString(up, StandardCharsets.UTF_8));
			}
			statement.execute(APP_UP);
		}
	}

	private static Schema schema(TestDatabase db) throws SQLException {
		try (Connection connection = db.connect()) {
			return Schema.read(connection, HISTORY);
		}
	}

}
