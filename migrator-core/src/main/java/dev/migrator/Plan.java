package dev.migrator;

import java.util.List;

import dev.migrator.lint.Finding;
import dev.migrator.source.Direction;
import dev.migrator.sql.SqlStatement;

/**
 * What a run would do, computed without changing anything.
 *
 * @param version the current version, {@code null} when nothing is applied
 * @param dirty whether the database is dirty (a real run would refuse)
 * @param migrations the migrations that would run, in order
 */
public record Plan(Long version, boolean dirty, List<Plan.PlannedMigration> migrations) {

	/**
	 * One migration of a plan.
	 *
	 * @param version its version
	 * @param description its description
	 * @param direction up or down
	 * @param transactional whether it runs in one transaction with its history row
	 * @param script the file that would run
	 * @param statements the statements that would run, in order
	 * @param findings what lint says of the file
	 */
	public record PlannedMigration(long version, String description, Direction direction, boolean transactional,
			String script, List<SqlStatement> statements, List<Finding> findings) {

	}

}
