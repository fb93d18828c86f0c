package dev.migrator.benchmarks;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ResultTableTests {

	private static final long MS = 1_000_000;

	private final Samples samples = samples();

	@Test
	void takesTheMedianOfAnEvenNumberOfRoundsAsTheMeanOfTheMiddleTwo() {
		Samples samples = new Samples(Map.of("a", List.of(4L, 1L, 3L, 2L)));
		assertThat(samples.stats("a")).isEqualTo(new Samples.Stats(2.5, 1, 4));
	}

	@Test
	void printsMedianMinMaxAndRatiosOfMediansToTheFloorAndEachPeer() {
		String text = new ResultTable("Cold apply", this.samples, "floor").toText();
		assertThat(text.lines()).containsExactly("Cold apply",
				"contender  median ms  min ms  max ms  × floor  × fast  × slow",
				"-------------------------------------------------------------",
				"floor             10      10      10     1.00    0.50    0.25",
				"fast              20      15      90     2.00    1.00    0.50",
				"slow              40      40      40     4.00    2.00    1.00");
	}

	@Test
	void rendersMarkdownWithExtraColumnsAndNotes() {
		String markdown = new ResultTable("Split", this.samples, "floor").column("MB/s", Map.of("fast", "12.5"))
			.note("3 statements")
			.toMarkdown();
		assertThat(markdown).isEqualTo("""
				### Split

				| contender | median ms | min ms | max ms | × floor | × fast | × slow | MB/s |
				|---|--:|--:|--:|--:|--:|--:|--:|
				| floor | 10 | 10 | 10 | 1.00 | 0.50 | 0.25 |  |
				| fast | 20 | 15 | 90 | 2.00 | 1.00 | 0.50 | 12.5 |
				| slow | 40 | 40 | 40 | 4.00 | 2.00 | 1.00 |  |

				3 statements \s

				""");
	}

	private static Samples samples() {
		Map<String, List<Long>> values = new LinkedHashMap<>();
		values.put("floor", List.of(10 * MS));
		values.put("fast", List.of(90 * MS, 15 * MS, 20 * MS));
		values.put("slow", List.of(40 * MS));
		return new Samples(values);
	}

}
