package dev.migrator.benchmarks;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.migrator.sql.SqlStatement;
import dev.migrator.sql.SqlStatementReader;

import static org.assertj.core.api.Assertions.assertThat;

class DumpFileTests {

	@TempDir
	Path folder;

	@Test
	void writesAtLeastTheRequestedSizeOfStatementsTheSplitterAccepts() throws IOException {
		Path file = this.folder.resolve("dump.sql");
		long size = DumpFile.write(file, 1_000_000);
		assertThat(size).isGreaterThanOrEqualTo(1_000_000).isEqualTo(Files.size(file));
		List<SqlStatement> statements = new ArrayList<>();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
				SqlStatementReader splitter = new SqlStatementReader("dump.sql", reader)) {
			splitter.forEachRemaining(statements::add);
		}
		SqlStatement copy = statements.stream().filter((statement) -> statement.copyData() != null).findFirst().orElseThrow();
		assertThat(copy.sql()).startsWith("COPY public.items_1 (id, name, price, tags, created_at) FROM stdin");
		assertThat(copy.copyData().lines()).hasSize(10_000).first().asString().startsWith("1\titem 1 of table 1; it's ok\t");
		assertThat(statements).filteredOn((statement) -> statement.sql().startsWith("CREATE FUNCTION"))
			.first()
			.satisfies((function) -> assertThat(function.sql()).endsWith("END;\n$_$"));
		int tables = (int) statements.stream().filter((statement) -> statement.sql().startsWith("CREATE TABLE")).count();
		assertThat(statements).hasSize(4 + tables * 8);
	}

}
