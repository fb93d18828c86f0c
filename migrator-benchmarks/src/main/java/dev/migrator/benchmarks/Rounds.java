package dev.migrator.benchmarks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs contenders interleaved: every round runs each contender once, starting one further
 * along each round, so drift on a shared machine (another build, a checkpoint, a cooling
 * CPU) lands on all of them instead of on whoever ran last.
 */
final class Rounds {

	private final int warmups;

	private final int rounds;

	Rounds(int warmups, int rounds) {
		this.warmups = warmups;
		this.rounds = rounds;
	}

	Rounds(BenchmarkOptions options) {
		this(options.warmups(), options.rounds());
	}

	/** Runs the trial for every contender and round; returns the measured samples. */
	Samples run(String scenario, List<String> contenders, Trial trial) throws Exception {
		Map<String, List<Long>> nanos = new LinkedHashMap<>();
		contenders.forEach((contender) -> nanos.put(contender, new ArrayList<>()));
		for (int round = 0; round < this.warmups + this.rounds; round++) {
			boolean warmup = round < this.warmups;
			System.out.printf("  %s: %s %d of %d%n", scenario, warmup ? "warm-up" : "round",
					warmup ? round + 1 : round - this.warmups + 1, warmup ? this.warmups : this.rounds);
			for (int i = 0; i < contenders.size(); i++) {
				String contender = contenders.get((round + i) % contenders.size());
				long sample = trial.nanos(contender, round == this.warmups + this.rounds - 1);
				if (!warmup) {
					nanos.get(contender).add(sample);
				}
			}
		}
		return new Samples(nanos);
	}

	/** One timed run of one contender, with its own untimed setup and teardown. */
	@FunctionalInterface
	interface Trial {

		/**
		 * Runs the contender once.
		 * @param contender the contender's label
		 * @param lastRound whether this is the last round (a trial may keep what it built)
		 * @return the nanoseconds of the timed part only
		 */
		long nanos(String contender, boolean lastRound) throws Exception;

	}

}
