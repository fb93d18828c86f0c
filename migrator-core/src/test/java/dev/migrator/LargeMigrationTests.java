package dev.migrator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.migrator.test.EmbeddedDatabaseTest;
import dev.migrator.test.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Files too large to hold in memory are checked before the run and streamed from the file
 * while they run, in batches of bounded size.
 */
@EmbeddedDatabaseTest
class LargeMigrationTests {

	/** Makes each INSERT about 100 characters. */
	static final String PADDING = "x".repeat(50);

	/** Makes each INSERT over 1000 characters, so a file of few statements is too large to hold. */
	static final String LONG_PADDING = "y".repeat(1_100);

	@TempDir
	Path directory;

	@Test
	void largeFilesRunFromTheFileWrappedInBeginCommitOrNotTransactional(TestDatabase db) throws IOException {
		write("000001_load.up.sql", "BEGIN;\nCREATE TABLE big (id bigint PRIMARY KEY, note text);\n", 1, 20_000,
				"COMMIT;\n");
		write("000002_load_more.up.sql", "-- migrator:no-transaction\n", 20_001, 21_000, "", LONG_PADDING);
		write("000003_index.up.sql", "CREATE INDEX big_id_note_idx ON big (id, left(note, 10));\n", 1, 0, "");
		assertThat(migrator(db, MigrationListener.NONE).migrate().versionAfter()).isEqualTo(3L);
		assertThat(db.queryColumn("SELECT count(*) || ':' || max(id) FROM big")).containsExactly("21000:21000");
		assertThat(db.queryColumn("SELECT version || ':' || dirty || ':' || statements_done FROM schema_migrations"
				+ " WHERE version = 2")).containsExactly("2:false:1000");
	}

	@Test
	void aFailureAtStatementOneHundredThousandOfALargeFileNamesItsLine(TestDatabase db) throws IOException {
		write("000001_load.up.sql", "CREATE TABLE big (id bigint PRIMARY KEY, note text);\n", 1, 100_000,
				"INSERT INTO big (id, note) VALUES (7, 'again');\n" + insert(100_001, PADDING));
		assertThatExceptionOfType(MigrationFailedException.class)
			.isThrownBy(() -> migrator(db, MigrationListener.NONE).migrate())
			.satisfies((ex) -> {
				assertThat(ex.file()).endsWith("000001_load.up.sql");
				assertThat(ex.line()).isEqualTo(100_002);
				assertThat(ex.column()).isEqualTo(1);
				assertThat(ex.sqlState()).isEqualTo("23505");
				assertThat(ex.outcome()).contains("rolled back");
			});
		assertThat(db.tableExists("big")).isFalse();
	}

	/** The file is cut to its first 10 statements after it was checked, as it starts to run. */
	@ParameterizedTest
	@CsvSource({ "'', 'Its transaction was rolled back: the database is unchanged and clean', 0",
			"'-- migrator:no-transaction\n', 'left dirty at version 1 with 10 of 20001 statements done', 9" })
	void aFileCutShortWhileItRunsStopsSayingWhatStateTheDatabaseIsIn(String header, String outcome, int rows,
			TestDatabase db) throws IOException {
		Path file = write("000001_load.up.sql", header + "CREATE TABLE big (id bigint PRIMARY KEY, note text);\n", 1,
				20_000, "");
		MigrationListener cutsTheFile = new MigrationListener() {
			@Override
			public void beforeMigration(int index, int count, MigrationStep step) {
				try {
					List<String> lines = Files.readAllLines(file);
					Files.write(file, lines.subList(0, header.lines().count() > 0 ? 11 : 10));
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}
		};
		assertThatExceptionOfType(MigrationStoppedException.class)
			.isThrownBy(() -> migrator(db, cutsTheFile).migrate())
			.withMessageStartingWith(file + ": migration 1 (load, up) stopped on an unexpected"
					+ " java.util.NoSuchElementException")
			.withMessageContaining(outcome);
		assertThat(db.tableExists("big")).isEqualTo(rows > 0);
		if (rows > 0) {
			assertThat(db.queryColumn("SELECT count(*) FROM big")).containsExactly(String.valueOf(rows));
		}
	}

	/** Writes a file: {@code head}, one INSERT for each id from {@code from} to {@code to}, {@code tail}. */
	private Path write(String name, String head, int from, int to, String tail) throws IOException {
		return write(name, head, from, to, tail, PADDING);
	}

	private Path write(String name, String head, int from, int to, String tail, String padding) throws IOException {
		Path file = this.directory.resolve(name);
		try (Writer out = Files.newBufferedWriter(file)) {
			out.write(head);
			for (int id = from; id <= to; id++) {
				out.write(insert(id, padding));
			}
			out.write(tail);
		}
		return file;
	}

	private static String insert(int id, String padding) {
		return "INSERT INTO big (id, note) VALUES (" + id + ", '" + padding + "');\n";
	}

	private Migrator migrator(TestDatabase db, MigrationListener listener) {
		return new Migrator(MigratorConfig.builder()
			.dataSource(db.dataSource())
			.locations("filesystem:" + this.directory)
			.listener(listener)
			.build());
	}

}
