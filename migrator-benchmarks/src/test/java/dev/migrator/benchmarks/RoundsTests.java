package dev.migrator.benchmarks;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RoundsTests {

	private final Rounds rounds = new Rounds(1, 2);

	private final List<String> runs = new ArrayList<>();

	@Test
	void rotatesWhoGoesFirstEveryRoundAndRecordsOnlyMeasuredRoundsFlaggingTheLast() throws Exception {
		Samples samples = this.rounds.run("kind", "table", List.of("a", "b", "c"), this::record);
		assertThat(this.runs).containsExactly("a", "b", "c", "b", "c", "a", "c*", "a*", "b*");
		assertThat(samples.values()).containsOnlyKeys("a", "b", "c").allSatisfy((contender, values) -> assertThat(values).hasSize(2));
		assertThat(samples.values().get("a")).containsExactly(6L, 8L);
	}

	@Test
	void warmsUpEachKindOfScenarioOnlyOnce() throws Exception {
		this.rounds.run("kind", "first table", List.of("a"), this::record);
		this.rounds.run("kind", "second table", List.of("a"), this::record);
		this.rounds.run("other kind", "third table", List.of("a"), this::record);
		assertThat(this.runs).hasSize(3 + 2 + 3);
	}

	@Test
	void aKindMayAskForMoreWarmupsThanTheDefault() throws Exception {
		Samples samples = this.rounds.run("cheap kind", "table", List.of("a"), 4, this::record);
		assertThat(this.runs).hasSize(4 + 2);
		assertThat(samples.values().get("a")).containsExactly(5L, 6L);
	}

	private long record(String contender, boolean lastRound) {
		this.runs.add(contender + (lastRound ? "*" : ""));
		return this.runs.size();
	}

}
