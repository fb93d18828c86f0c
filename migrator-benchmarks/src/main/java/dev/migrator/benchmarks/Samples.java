package dev.migrator.benchmarks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The measured values of each contender, in the order the contenders were given.
 *
 * @param values per contender label, one value per measured round
 */
record Samples(Map<String, List<Long>> values) {

	List<String> contenders() {
		return List.copyOf(this.values.keySet());
	}

	Stats stats(String contender) {
		List<Long> sorted = new ArrayList<>(this.values.get(contender));
		Collections.sort(sorted);
		int size = sorted.size();
		double median = (size % 2 == 1) ? sorted.get(size / 2)
				: (sorted.get(size / 2 - 1) + sorted.get(size / 2)) / 2.0;
		return new Stats(median, sorted.get(0), sorted.get(size - 1));
	}

	/**
	 * A contender's summary.
	 *
	 * @param median the median value
	 * @param min the smallest value
	 * @param max the largest value
	 */
	record Stats(double median, long min, long max) {

	}

}
