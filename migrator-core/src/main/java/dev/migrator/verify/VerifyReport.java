package dev.migrator.verify;

import java.util.List;
import java.util.stream.Collectors;

import dev.migrator.source.Migration;

/**
 * What verify found, migration by migration.
 *
 * @param results one per migration run, in order: checked, or skipped for having no down
 * @param executionMs how long verify took
 */
public record VerifyReport(List<Result> results, long executionMs) {

	public VerifyReport {
		results = List.copyOf(results);
	}

	public boolean passed() {
		return failures().isEmpty();
	}

	/** How many migrations were checked (skipped ones are not). */
	public int checked() {
		return (int) this.results.stream().filter((result) -> result.outcome() != Outcome.SKIPPED).count();
	}

	/** How many of the checked migrations reverse. */
	public int passedCount() {
		return (int) this.results.stream().filter((result) -> result.outcome() == Outcome.PASSED).count();
	}

	public List<Result> failures() {
		return this.results.stream().filter((result) -> result.outcome() == Outcome.FAILED).toList();
	}

	/** Every failure, one line per difference under a line naming its migration; empty when verify passed. */
	public String describeFailures() {
		return failures().stream()
			.map((failure) -> "migration " + failure.version() + " (" + failure.description() + "):\n  "
					+ String.join("\n  ", failure.differences()))
			.collect(Collectors.joining("\n"));
	}

	/** How a migration fared. */
	public enum Outcome {

		PASSED, FAILED, SKIPPED

	}

	/**
	 * @param version the migration's version
	 * @param description its description
	 * @param outcome passed, failed, or skipped (with the reason as the only difference)
	 * @param differences for a failure, what differs or which error a file gave, one sentence each
	 */
	public record Result(long version, String description, Outcome outcome, List<String> differences) {

		static Result passed(Migration migration) {
			return new Result(migration.version(), migration.description(), Outcome.PASSED, List.of());
		}

		static Result failed(Migration migration, List<String> differences) {
			return new Result(migration.version(), migration.description(), Outcome.FAILED, List.copyOf(differences));
		}

		static Result skipped(Migration migration, String reason) {
			return new Result(migration.version(), migration.description(), Outcome.SKIPPED, List.of(reason));
		}

	}

}
