package dev.migrator.lint;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.migrator.source.Location;
import dev.migrator.source.MigrationSet;

import static org.assertj.core.api.Assertions.assertThat;

class LinterTests {

	private final Linter linter = new Linter(LintConfig.defaults());

	static Stream<Path> unsafeFiles() throws IOException {
		return Files.list(Paths.get("src/test/resources/lint/unsafe")).sorted();
	}

	static Stream<Path> safeFiles() throws IOException {
		return Files.list(Paths.get("src/test/resources/lint/safe")).sorted();
	}

	@ParameterizedTest
	@MethodSource("unsafeFiles")
	void unsafeFilesRaiseTheExpectedRules(Path file) throws IOException {
		String content = Files.readString(file);
		List<String> expected = Arrays.stream(content.lines().findFirst().orElseThrow().replace("-- expect:", "").split(","))
			.map(String::strip)
			.toList();
		assertThat(this.linter.lint(file.getFileName().toString(), content, false)).extracting(Finding::rule)
			.containsAll(expected);
	}

	@ParameterizedTest
	@MethodSource("safeFiles")
	void safePatternsRaiseNoError(Path file) throws IOException {
		assertThat(this.linter.lint(file.getFileName().toString(), Files.readString(file), false))
			.filteredOn((finding) -> finding.severity() == Severity.ERROR)
			.isEmpty();
	}

	@Test
	void tablesCreatedEarlierInTheFileAreNew() {
		String sql = "CREATE TABLE IF NOT EXISTS invoices (id bigint PRIMARY KEY, total numeric);\n"
				+ "CREATE INDEX IF NOT EXISTS invoices_total_idx ON invoices (total);\n"
				+ "ALTER TABLE invoices ADD COLUMN paid boolean NOT NULL;\n"
				+ "ALTER TABLE invoices ADD CONSTRAINT invoices_total_check CHECK (total > 0);";
		assertThat(this.linter.lint("a.sql", sql, false)).extracting(Finding::rule).isEmpty();
	}

	@Test
	void theSampleAppStartsWithoutFindings() {
		MigrationSet sample = MigrationSet.load(List.of(Location.parse("filesystem:../sample-app/src/main/resources/db/migrations")),
				getClass().getClassLoader());
		assertThat(this.linter.lint(sample, 0L)).isEmpty();
		assertThat(this.linter.lint(sample)).isEmpty();
	}

	@Test
	void aNewAppWithoutIfNotExistsAndTheKeysIndexInTheNextFileHasNoFindings(@TempDir Path directory) throws IOException {
		Files.writeString(directory.resolve("000001_create_users.up.sql"),
				"CREATE TABLE users (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, email text NOT NULL UNIQUE);");
		Files.writeString(directory.resolve("000002_create_notes.up.sql"), "CREATE TABLE notes (id bigint"
				+ " GENERATED ALWAYS AS IDENTITY PRIMARY KEY, user_id bigint NOT NULL REFERENCES users (id));");
		Files.writeString(directory.resolve("000003_index_notes.up.sql"), "CREATE INDEX ON notes (user_id);");
		for (String base : List.of("000001_create_users", "000002_create_notes", "000003_index_notes")) {
			Files.writeString(directory.resolve(base + ".down.sql"), "-- dropped with the table\n");
		}
		MigrationSet set = MigrationSet.load(List.of(Location.parse("filesystem:" + directory)),
				getClass().getClassLoader());
		assertThat(this.linter.lint(set, 0L)).isEmpty();
	}

	@Test
	void downFilesAreCheckedOnlyForSyntaxAndTransactionRules() {
		String down = "DROP INDEX orders_status_idx;\nALTER TABLE orders DROP COLUMN status;\nDROP TABLE invoices;\n"
				+ "CREATE INDEX CONCURRENTLY i ON orders (total);";
		assertThat(this.linter.lint("a.down.sql", down, true)).extracting(Finding::rule)
			.containsExactly("concurrently-in-transaction");
		assertThat(this.linter.lint("b.down.sql", "SELECT 'open;", true)).extracting(Finding::rule)
			.containsExactly(Linter.SYNTAX);
	}

	@Test
	void severitiesCanBeChangedOrTurnedOff() {
		String sql = "DROP TABLE IF EXISTS legacy;\nUPDATE orders SET x = 1;";
		Linter configured = new Linter(LintConfig.builder()
			.severity("drop-table", Severity.WARNING)
			.severity("update-without-where", Severity.OFF)
			.build());
		assertThat(configured.lint("a.sql", sql, false)).singleElement().satisfies((finding) -> {
			assertThat(finding.rule()).isEqualTo("drop-table");
			assertThat(finding.severity()).isEqualTo(Severity.WARNING);
			assertThat(finding.line()).isEqualTo(1);
		});
	}

	@Test
	void constantDefaultsRewriteOnlyBeforePostgres11() {
		String sql = "ALTER TABLE orders ADD COLUMN region text NOT NULL DEFAULT 'eu';";
		assertThat(this.linter.lint("a.sql", sql, false)).isEmpty();
		assertThat(new Linter(LintConfig.builder().postgresMajor(10).build()).lint("a.sql", sql, false))
			.extracting(Finding::rule)
			.containsExactly("volatile-default");
	}

	@Test
	void findingsPointAtTheStatementLine() {
		String sql = "-- header\n\nALTER TABLE orders\n  ADD COLUMN a int,\n  DROP COLUMN b;";
		assertThat(this.linter.lint("a.sql", sql, false)).extracting(Finding::rule, Finding::line)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("drop-column", 5));
	}

	@Test
	void migrationsWithoutDownFilesAreReported() {
		MigrationSet set = MigrationSet.load(List.of(Location.parse("classpath:migrations/classpath-basic")),
				getClass().getClassLoader());
		assertThat(this.linter.lint(set)).filteredOn((finding) -> finding.rule().equals(Linter.MISSING_DOWN))
			.singleElement()
			.satisfies((finding) -> assertThat(finding.file()).isEqualTo("000010_create_b.up.sql"));
	}

}
