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

/**
 * River's published migrations (test resources {@code sets/river}) as a library's set
 * that runs before the application's, whose table refers to River's jobs.
 */
@EmbeddedDatabaseTest
class RiverSetTests {

	private static final Set<String> HISTORY = Set.of("schema_migrations", "schema_migrations_log",
			"schema_migrations_river", "schema_migrations_river_log");

	private static final String APP_UP = "CREATE TABLE job_owners (job_id bigint REFERENCES river_job (id), owner text);";

	@TempDir
	Path directory;

	@Test
	void riverRolledBackToVersion3AndUpAgainHasTheSchemaOfItsFilesRunInOrder(TestDatabase db, TestDatabase reference)
			throws Exception {
		MigrationFolder app = new MigrationFolder(this.directory).pair("000001_job_owners", APP_UP,
				"DROP TABLE job_owners;");
		Migrators migrators = Migrators.of(
				MigratorConfig.builder().dataSource(db.dataSource()).locations(app.location()).build(),
				List.of(new SetDefinition("river", List.of("classpath:sets/river"), null, SetDefinition.Order.BEFORE)));

		assertThat(migrators.migrate().get("river").steps()).hasSize(7);
		migrators.migrator("river").gotoVersion(3);
		MigrationStatus river = migrators.status().get("river");
		assertThat(river.version()).isEqualTo(3L);
		assertThat(river.pending()).extracting(PendingMigration::version).containsExactly(4L, 5L, 6L, 7L);
		assertThat(migrators.status().get("app").version()).isEqualTo(1L);
		assertThat(migrators.migrate().get("river").steps()).hasSize(4);

		runInOrder(reference);
		assertThat(schema(db)).isEqualTo(schema(reference));
		assertThat(schema(db).find("table public.river_job")).isPresent();
	}

	/** River's up files and the application's, each run by plain JDBC in order, without Migrator. */
	private static void runInOrder(TestDatabase reference) throws IOException, SQLException {
		Path river = Paths.get("src/test/resources/sets/river");
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
