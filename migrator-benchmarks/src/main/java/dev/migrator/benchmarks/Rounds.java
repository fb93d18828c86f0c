package dev.migrator.benchmarks;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs contenders interleaved: every round runs each contender once, starting one further
 * along each round, so drift on a shared machine (another build, a checkpoint, a cooling
 * CPU) lands on all of them instead of on whoever ran last. Warm-up rounds run once per
 * kind of scenario, before its first table: the code paths of a cold apply of 5000
 * migrations are those of 100, already compiled, and a throwaway round at N = 5000 would
 * cost minutes.
 */
final class Rounds {

	private final int warmups;

	private final int rounds;

	private final Set<String> warmedUp = new HashSet<>();

	Rounds(int warmups, int rounds) {
		this.warmups = warmups;
		this.rounds = rounds;
	}

	Rounds(BenchmarkOptions options) {
		this(options.warmups(), options.rounds());
	}

	/**
	 * Runs the trial for every contender and round; returns the measured samples.
	 * @param kind the kind of scenario, warmed up the first time only
	 * @param title the table being measured, for progress lines
	 * @param contenders the contenders' labels, in the order their rows are printed
	 * @param trial one timed run
	 */
	Samples run(String kind, String title, List<String> contenders, Trial trial) throws Exception {
		return run(kind, title, contenders, 0, trial);
	}

	/**
	 * Runs the trial for every contender and round, with at least {@code minimumWarmups}
	 * warm-up rounds the first time the kind runs; returns the measured samples.
	 */
	Samples run(String kind, String title, List<String> contenders, int minimumWarmups, Trial trial)
			throws Exception {
		Map<String, List<Long>> nanos = new LinkedHashMap<>();
		contenders.forEach((contender) -> nanos.put(contender, new ArrayList<>()));
		int warmups = this.warmedUp.add(kind) ? Math.max(this.warmups, minimumWarmups) : 0;
		for (int round = 0; round < warmups + this.rounds; round++) {
			boolean warmup = round < warmups;
			System.out.printf("  %s: %s %d of %d%n", title, warmup ? "warm-up" : "round",
					warmup ? round + 1 : round - warmups + 1, warmup ? warmups : this.rounds);
			for (int i = 0; i < contenders.size(); i++) {
				String contender = contenders.get((round + i) % contenders.size());
				long sample = trial.nanos(contender, round == warmups + this.rounds - 1);
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
