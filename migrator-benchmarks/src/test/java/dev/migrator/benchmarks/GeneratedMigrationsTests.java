package dev.migrator.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class GeneratedMigrationsTests {

	@TempDir
	Path folder;

	@Test
	void writesEachToolsNamingFromTheSameStatements() throws IOException {
		GeneratedMigrations migrations = GeneratedMigrations.write(this.folder, 12);
		assertThat(names(migrations.folder(Tool.MIGRATOR))).hasSize(24)
			.contains("000001_create_t1.up.sql", "000001_create_t1.down.sql", "000012_create_t12.up.sql");
		assertThat(names(migrations.folder(Tool.FLYWAY))).hasSize(12).contains("V1__create_t1.sql", "V12__create_t12.sql");
		assertThat(names(migrations.folder(Tool.LIQUIBASE))).containsExactly(Tool.LIQUIBASE_CHANGELOG);
		String migrator = Files.readString(migrations.folder(Tool.MIGRATOR).resolve("000012_create_t12.up.sql"));
		String flyway = Files.readString(migrations.folder(Tool.FLYWAY).resolve("V12__create_t12.sql"));
		assertThat(migrator).isEqualTo(flyway).contains("REFERENCES t11 (id)").contains("CREATE INDEX t12_parent_id_idx");
		assertThat(Files.readString(migrations.folder(Tool.LIQUIBASE).resolve(Tool.LIQUIBASE_CHANGELOG)))
			.startsWith("--liquibase formatted sql\n")
			.contains("\n--changeset bench:12\n" + flyway);
	}

	@Test
	void givesEveryMigrationATableAnIndexAndThreeRows() {
		assertThat(GeneratedMigrations.statements(5)).hasSize(5)
			.satisfies((statements) -> assertThat(statements.get(0)).startsWith("CREATE TABLE t5 (")
				.contains("parent_id bigint REFERENCES t4 (id)"))
			.satisfies((statements) -> assertThat(statements.subList(2, 5)).allMatch((sql) -> sql.startsWith("INSERT")));
		assertThat(GeneratedMigrations.statements(1).get(0)).doesNotContain("REFERENCES");
	}

	private static Stream<String> names(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.map((file) -> file.getFileName().toString()).toList().stream();
		}
	}

}
