package dev.migrator.boot.diagnostics;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.boot.diagnostics.FailureAnalysis;

import dev.migrator.DirtyDatabaseException;
import dev.migrator.MigrationFailedException;
import dev.migrator.LockTimeoutException;
import dev.migrator.MigrationStep;
import dev.migrator.Problem;
import dev.migrator.ValidationException;
import dev.migrator.lock.LockHolder;
import dev.migrator.source.Direction;

import static org.assertj.core.api.Assertions.assertThat;

class MigratorFailureAnalyzerTests {

	private final MigratorFailureAnalyzer analyzer = new MigratorFailureAnalyzer();

	@Test
	void failedMigrationIsDescribedWithPositionServerMessageStateAndAction() {
		MigrationFailedException failure = new MigrationFailedException(
				new MigrationStep(3, "add_rating", Direction.UP, "classpath:db/migrations/000003_add_rating.up.sql"),
				"classpath:db/migrations/000003_add_rating.up.sql", 4, 13, "42P01", "relation \"nope\" does not exist",
				"Its transaction was rolled back: the database is unchanged and clean.", false, null);
		FailureAnalysis analysis = this.analyzer.analyze(new IllegalStateException("wrapped", failure));
		assertThat(analysis.getDescription()).contains("000003_add_rating.up.sql:4:13")
			.contains("ERROR 42P01: relation \"nope\" does not exist")
			.contains("unchanged and clean");
		assertThat(analysis.getAction()).contains("Fix the migration file");
	}

	@Test
	void dirtyDatabaseSaysWhatToDo() {
		FailureAnalysis analysis = this.analyzer
			.analyze(new DirtyDatabaseException(2, "run `force 2` or `up --resume`"));
		assertThat(analysis.getDescription()).contains("dirty at version 2").contains("force 2");
		assertThat(analysis.getAction()).contains("up --resume");
	}

	@Test
	void validationFailureListsTheProblemsAndSaysNothingRan() {
		FailureAnalysis analysis = this.analyzer.analyze(new ValidationException(List.of(new Problem(
				Problem.Kind.CHECKSUM_MISMATCH, 2L, "000002_create_notes.up.sql changed after it was applied"))));
		assertThat(analysis.getDescription()).contains("000002_create_notes.up.sql changed after it was applied");
		assertThat(analysis.getAction()).contains("nothing was run");
	}

	@Test
	void lockTimeoutNamesTheHolderAndTheSetting() {
		LockHolder holder = new LockHolder(4242, "migrator", "10.0.0.7", Instant.parse("2026-01-01T00:00:00Z"),
				"active", "CREATE INDEX CONCURRENTLY notes_title_idx ON notes (title)");
		FailureAnalysis analysis = this.analyzer
			.analyze(new LockTimeoutException(Duration.ofSeconds(60), holder));
		assertThat(analysis.getDescription()).contains("pid 4242").contains("CREATE INDEX CONCURRENTLY");
		assertThat(analysis.getAction()).contains("migrator.lock-timeout");
	}

}
