package dev.migrator;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.migrator.test.EmbeddedDatabaseTest;
import dev.migrator.test.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A pg_dump-style migration with COPY data streams its rows from the file to the server.
 */
@EmbeddedDatabaseTest
class CopyMigrationTests {

	@TempDir
	Path directory;

	@Test
	void largeCopyDataIsStreamedFromTheFile(TestDatabase db) throws IOException {
		int rows = 200_000;
		try (Writer out = Files.newBufferedWriter(this.directory.resolve("000001_load_cities.up.sql"))) {
			out.write("BEGIN;\nCREATE TABLE cities (id bigint PRIMARY KEY, name text, note text);\n");
			out.write("COPY public.cities (id, name, note) FROM stdin;\n");
			for (int i = 1; i <= rows; i++) {
				out.write(i + "\tcity " + i + "; with 'quotes' and $$ and \\\\ backslash\t\\N\n");
			}
			out.write("\\.\n\nCREATE INDEX cities_name_idx ON cities (name);\nCOMMIT;\n");
		}
		Files.writeString(this.directory.resolve("000001_load_cities.down.sql"), "DROP TABLE cities;\n");
		Files.writeString(this.directory.resolve("000002_more.up.sql"),
				"-- migrator:no-transaction\nCOPY cities FROM stdin;\n0\tzero\t\\N\n\\.\nVACUUM cities;\n");
		Migrator migrator = new Migrator(
				MigratorConfig.builder().dataSource(db.dataSource()).locations("filesystem:" + this.directory).build());
		assertThat(migrator.migrate().versionAfter()).isEqualTo(2L);
		assertThat(db.queryColumn("SELECT count(*) || ':' || count(note) FROM cities")).containsExactly((rows + 1) + ":0");
		assertThat(db.queryColumn("SELECT name FROM cities WHERE id = 7"))
			.containsExactly("city 7; with 'quotes' and $$ and \\ backslash");
	}

}
