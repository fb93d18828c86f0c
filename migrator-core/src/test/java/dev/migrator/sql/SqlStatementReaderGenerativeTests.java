package dev.migrator.sql;

import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

import dev.migrator.sql.SqlFileGenerator.GeneratedFile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Splits random files built from known statements and checks it gets exactly those back,
 * with their line and column. Each run draws new seeds; a failure names its seed. Rerun one
 * with {@code -Dmigrator.generative.seed=<seed>}, run more with
 * {@code -Dmigrator.generative.cases=<count>}.
 */
class SqlStatementReaderGenerativeTests {

	static final String SEED = "migrator.generative.seed";

	static final String CASES = "migrator.generative.cases";

	@Test
	void splittingAGeneratedFileReturnsExactlyTheStatementsItWasBuiltFrom() {
		seeds(3000).forEach((seed) -> {
			GeneratedFile file = new SqlFileGenerator(seed).generate();
			assertThat(positioned(SqlStatementReaderTests.readAll("generated.sql", file.content())))
				.as("seed %d (rerun: -D%s=%d), file:%n%s", seed, SEED, seed, file.content())
				.containsExactlyElementsOf(positioned(file.statements()));
		});
	}

	/** The seeds of this run: the one asked for, or as many as asked (by default {@code count}) new ones. */
	static LongStream seeds(int count) {
		String seed = System.getProperty(SEED);
		int cases = Integer.getInteger(CASES, (seed != null) ? 1 : count);
		long first = (seed != null) ? Long.parseLong(seed) : new Random().nextLong();
		return LongStream.range(0, cases).map((i) -> first + i);
	}

	static List<String> positioned(List<SqlStatement> statements) {
		return statements.stream()
			.map((statement) -> statement.line() + ":" + statement.column() + ":" + statement.sql())
			.toList();
	}

}
