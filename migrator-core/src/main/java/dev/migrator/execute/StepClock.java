package dev.migrator.execute;

import java.time.Instant;

/**
 * When a step started: the wall-clock instant its log entry records, and a monotonic start
 * for how long it ran.
 */
record StepClock(Instant started, long startNanos) {

	static StepClock start() {
		return new StepClock(Instant.now(), System.nanoTime());
	}

	long elapsedMs() {
		return (System.nanoTime() - this.startNanos) / 1_000_000;
	}

}
