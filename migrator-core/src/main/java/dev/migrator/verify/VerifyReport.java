package dev.migrator.verify;

import java.util.List;

import dev.migrator.source.Migration;

/**
 * What verify found, migration by migration; it stops at the first failure.
 *
 * @param results one per migration checked, in order
 * @param executionMs how long verify took
 */
public record VerifyReport(List<Result> results, long executionMs) {

	public boolean passed() {
		return this.results.stream().noneMatch((result) -> result.outcome() == Outcome.FAILED);
	}

	/** The first difference found, in a sentence; {@code null} when verify passed. */
	public String firstDifference() {
		return this.results.stream()
			.filter((result) -> result.outcome() == Outcome.FAILED)
			.findFirst()
			.map((result) -> "migration " + result.version() + " (" + result.description() + "): "
					+ result.differences().get(0))
			.orElse(null);
	}

	/** How a migration fared. */
	public enum Outcome {

		PASSED, FAILED, SKIPPED

	}

	/**
	 * @param version the migration's version
	 * @param description its description
	 * @param outcome passed, failed, or skipped (with the reason as the only difference)
	 * @param differences for a failure, what differs, first the first
	 */
	public record Result(long version, String description, Outcome outcome, List<String> differences) {

		static Result passed(Migration migration) {
			return new Result(migration.version(), migration.description(), Outcome.PASSED, List.of());
		}

		static Result failed(Migration migration, List<String> differences) {
			return new Result(migration.version(), migration.description(), Outcome.FAILED, differences);
		}

		static Result skipped(Migration migration, String reason) {
			return new Result(migration.version(), migration.description(), Outcome.SKIPPED, List.of(reason));
		}

	}

}
