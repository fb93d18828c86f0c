package dev.migrator.boot.diagnostics;

import org.junit.jupiter.api.Test;

import org.springframework.boot.diagnostics.FailureAnalysis;

import dev.migrator.DirtyDatabaseException;
import dev.migrator.MigrationFailedException;
import dev.migrator.MigrationStep;
import dev.migrator.source.Direction;

import static org.assertj.core.api.Assertions.assertThat;

class MigratorFailureAnalyzerTests {

	private final MigratorFailureAnalyzer analyzer = new MigratorFailureAnalyzer();

	@Test
	void failedMigrationIsDescribedWithPositionServerMessageStateAndAction() {
		MigrationFailedException failure = new MigrationFailedException(
				new MigrationStep(3, "add_rating", Direction.UP, "classpath:db/migrations/000003_add_rating.up.sql"),
				"classpath:db/migrations/000003_add_rating.up.sql", 4, 13, "42P01", "relation \"nope\" does not exist",
				"Its transaction was rolled back: the database is unchanged and clean.", null);
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

}
