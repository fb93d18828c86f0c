package dev.migrator.diff;

import java.util.List;

import dev.migrator.generate.WrittenMigration;
import dev.migrator.lint.Finding;

/**
 * What {@code migrator diff} found and did.
 *
 * @param differences how the desired schema differs from the migrations', one sentence each
 * @param plan the DDL planned for them
 * @param findings what lint says of the generated pairs
 * @param verifyFailures how the pairs, applied on the migrations' schema, missed the desired one
 * or did not reverse; empty when they passed (or were not checked)
 * @param written the pairs written, in order; empty when nothing was
 */
public record DiffReport(List<String> differences, DdlPlan plan, List<Finding> findings, List<String> verifyFailures,
		List<WrittenMigration> written) {

	public DiffReport {
		differences = List.copyOf(differences);
		findings = List.copyOf(findings);
		verifyFailures = List.copyOf(verifyFailures);
		written = List.copyOf(written);
	}

	/** Whether the migrations already give the desired schema. */
	public boolean upToDate() {
		return this.differences.isEmpty();
	}

}
