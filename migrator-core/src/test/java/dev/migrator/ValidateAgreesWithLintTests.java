package dev.migrator;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.migrator.Problem.Kind;
import dev.migrator.lint.Finding;
import dev.migrator.lint.LintConfig;
import dev.migrator.test.EmbeddedDatabaseTest;
import dev.migrator.test.MigrationFolder;
import dev.migrator.test.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Validate (what a run refuses) and lint report the transaction rules from the same parsed
 * facts: a file validate refuses is flagged by lint at the same line, first among lint's
 * transaction findings, and a file validate accepts draws none.
 */
@EmbeddedDatabaseTest
class ValidateAgreesWithLintTests {

	private static final String FILE = "000002_change.up.sql";

	private static final Set<String> TRANSACTION_RULES = Set.of("transaction-control", "concurrently-in-transaction");

	@TempDir
	Path directory;

	MigrationFolder folder;

	@BeforeEach
	void firstMigrationCreatesATable() {
		this.folder = new MigrationFolder(this.directory).up("000001_create_t", "CREATE TABLE t (a int);");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', nullValues = "-", textBlock = """
			stray COMMIT                      | CREATE TABLE a (id int);\\nCOMMIT;\\nCREATE TABLE b (id int);    | 2 | transaction-control
			BEGIN that opens no wrapper       | BEGIN;\\nCREATE TABLE a (id int);                               | 1 | transaction-control
			SAVEPOINT inside the wrapper      | BEGIN;\\nSAVEPOINT s;\\nCREATE TABLE a (id int);\\nCOMMIT;        | 2 | transaction-control
			COMMIT PREPARED closes no wrapper | BEGIN;\\nCREATE TABLE a (id int);\\nCOMMIT PREPARED 'x';         | 1 | transaction-control
			wrapper and directive             | -- migrator:no-transaction\\nBEGIN;\\nCREATE TABLE a (id int);\\nCOMMIT; | 2 | transaction-control
			COMMIT in a no-transaction file   | -- migrator:no-transaction\\nVACUUM t;\\nCOMMIT;                | 3 | transaction-control
			concurrently in a transaction     | \\nCREATE INDEX CONCURRENTLY t_a ON t (a);                      | 2 | concurrently-in-transaction
			concurrently inside the wrapper   | BEGIN;\\nCREATE INDEX CONCURRENTLY t_a ON t (a);\\nCOMMIT;       | 2 | concurrently-in-transaction
			VACUUM in a transaction           | CREATE TABLE a (id int);\\nVACUUM t;                            | 2 | concurrently-in-transaction
			directive after the first statement | SELECT 1;\\n-- migrator:no-transaction\\nVACUUM t;              | 3 | concurrently-in-transaction
			wrapper                           | BEGIN;\\nCREATE TABLE a (id int);\\nCOMMIT;                      | - | -
			directive                         | -- migrator:no-transaction\\nCREATE INDEX CONCURRENTLY t_a ON t (a);\\nVACUUM t; | - | -
			ALTER TYPE ADD VALUE              | CREATE TYPE mood AS ENUM ('ok');\\nALTER TYPE mood ADD VALUE 'great'; | - | -
			""")
	void validateAndLintReportTheSameFileAndLine(String name, String content, Integer line, String rule,
			TestDatabase db) {
		this.folder.up("000002_change", content.replace("\\n", "\n"));
		Migrator migrator = new Migrator(
				MigratorConfig.builder().dataSource(db.dataSource()).locations(this.folder.location()).build());
		List<Problem> refused = migrator.validate().stream().filter((problem) -> problem.kind() == Kind.INVALID_FILE).toList();
		List<Finding> flagged = migrator.lintPending(LintConfig.defaults())
			.stream()
			.filter((finding) -> TRANSACTION_RULES.contains(finding.rule()))
			.toList();
		if (line == null) {
			assertThat(refused).isEmpty();
			assertThat(flagged).isEmpty();
			return;
		}
		assertThat(refused).singleElement()
			.satisfies((problem) -> assertThat(problem.message()).contains(FILE + ":" + line + ":"));
		assertThat(flagged).first().satisfies((finding) -> {
			assertThat(finding.file()).isEqualTo(FILE);
			assertThat(finding.line()).isEqualTo(line);
			assertThat(finding.rule()).isEqualTo(rule);
		});
	}

}
