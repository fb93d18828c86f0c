package dev.migrator.benchmarks;

import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.migrator.benchmarks.BenchmarkOptions.Scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class BenchmarkOptionsTests {

	@Test
	void defaultsToFiveRoundsAfterOneWarmupOverEveryScenario() {
		BenchmarkOptions options = BenchmarkOptions.parse();
		assertThat(options).isEqualTo(new BenchmarkOptions(1, 5, List.of(100, 1000, 5000),
				EnumSet.allOf(Scenario.class)));
	}

	@Test
	void quickRunsThreeRoundsOfTheTwoSmallerSets() {
		BenchmarkOptions options = BenchmarkOptions.parse("--quick");
		assertThat(options.rounds()).isEqualTo(3);
		assertThat(options.counts()).containsExactly(100, 1000);
	}

	@Test
	void laterArgumentsOverrideQuick() {
		BenchmarkOptions options = BenchmarkOptions.parse("--quick", "--rounds", "7", "--warmups", "2", "--counts",
				"10,20", "--only", "apply,split");
		assertThat(options).isEqualTo(new BenchmarkOptions(2, 7, List.of(10, 20),
				EnumSet.of(Scenario.APPLY, Scenario.SPLIT)));
	}

	@Test
	void refusesUnknownArgumentsWithTheUsage() {
		assertThatIllegalArgumentException().isThrownBy(() -> BenchmarkOptions.parse("--fast"))
			.withMessageContaining("Unknown argument --fast")
			.withMessageContaining("usage:");
	}

	@Test
	void refusesAnOptionWithoutItsValue() {
		assertThatIllegalArgumentException().isThrownBy(() -> BenchmarkOptions.parse("--rounds"))
			.withMessageStartingWith("--rounds needs a value");
	}

	@Test
	void refusesZeroRoundsAndUnknownScenarios() {
		assertThatIllegalArgumentException().isThrownBy(() -> BenchmarkOptions.parse("--rounds", "0"));
		assertThatIllegalArgumentException().isThrownBy(() -> BenchmarkOptions.parse("--only", "cold"))
			.withMessageContaining("Unknown scenario cold");
	}

}
