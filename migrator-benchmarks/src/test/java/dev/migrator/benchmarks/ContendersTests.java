package dev.migrator.benchmarks;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.migrator.test.EmbeddedDatabaseTest;
import dev.migrator.test.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every contender must do the same work, or the comparison means nothing: each builds the
 * same tables with the same rows from its own folder, and a second run changes nothing.
 */
@EmbeddedDatabaseTest
class ContendersTests {

	@TempDir
	Path folder;

	@ParameterizedTest
	@EnumSource(Tool.class)
	void eachToolAppliesTheGeneratedSetAndThenHasNothingToDo(Tool tool, TestDatabase db) throws Exception {
		GeneratedMigrations migrations = GeneratedMigrations.write(this.folder, 3);
		tool.migrate(db.dataSource(), migrations.folder(tool));
		assertThat(generatedRows(db)).containsExactly("3", "3", "3");
		tool.migrate(db.dataSource(), migrations.folder(tool));
		assertThat(generatedRows(db)).containsExactly("3", "3", "3");
	}

	@ParameterizedTest
	@EnumSource(Tool.class)
	void eachToolChainsForeignKeysLikeTheFloor(Tool tool, TestDatabase db) throws Exception {
		GeneratedMigrations migrations = GeneratedMigrations.write(this.folder, 2);
		tool.migrate(db.dataSource(), migrations.folder(tool));
		assertThat(db.queryColumn("SELECT confrelid::regclass::text FROM pg_constraint WHERE contype = 'f'"))
			.containsExactly("t1");
		assertThat(db.queryColumn("SELECT indexname FROM pg_indexes WHERE indexname LIKE '%parent_id_idx'"))
			.containsExactlyInAnyOrder("t1_parent_id_idx", "t2_parent_id_idx");
	}

	@org.junit.jupiter.api.Test
	void floorAppliesTheSameStatementsWithoutFiles(TestDatabase db) throws Exception {
		GeneratedMigrations migrations = GeneratedMigrations.write(this.folder, 3);
		Floor.apply(db.dataSource(), migrations.statements());
		assertThat(generatedRows(db)).containsExactly("3", "3", "3");
		Floor.touch(db.dataSource());
	}

	private static List<String> generatedRows(TestDatabase db) {
		return db.queryColumn("SELECT (SELECT count(*) FROM t1) UNION ALL SELECT (SELECT count(*) FROM t2)"
				+ " UNION ALL SELECT (SELECT count(*) FROM t3)");
	}

}
