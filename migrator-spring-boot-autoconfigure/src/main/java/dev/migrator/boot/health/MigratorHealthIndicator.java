package dev.migrator.boot.health;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

import dev.migrator.AppliedMigration;
import dev.migrator.MigrationStatus;
import dev.migrator.Migrator;
import dev.migrator.Problem;

/**
 * UP when the schema is clean and agrees with the files; DOWN, with the problems, when a
 * migration is dirty, the history and the files disagree, or a file would be refused (the
 * problems of {@link Migrator#validate()}). Pending migrations alone are not a fault: they
 * run at the next start. Neither is a migration in progress in another session (dirty while
 * a session holds the migration lock): reporting DOWN would take every instance out of
 * service for as long as, say, a concurrent index build runs. Nor are versions a newer
 * release applied, unless ignore-ahead is off: during a rolling deploy the instances of the
 * older release keep serving, and say which versions are ahead.
 */
public class MigratorHealthIndicator extends AbstractHealthIndicator {

	private final Migrator migrator;

	public MigratorHealthIndicator(Migrator migrator) {
		super("Migrator health check failed");
		this.migrator = migrator;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		MigrationStatus status = this.migrator.status();
		if (status.problems().stream().anyMatch((problem) -> problem.kind() != Problem.Kind.IN_PROGRESS)) {
			builder.down();
		}
		else {
			builder.up();
		}
		builder.withDetail("version", (status.version() != null) ? status.version() : "none")
			.withDetail("dirty", status.dirty())
			.withDetail("pending", status.pending().size());
		if (!status.ahead().isEmpty()) {
			builder.withDetail("ahead", status.ahead().stream().map(AppliedMigration::version).toList());
		}
		if (status.problems().stream().anyMatch((problem) -> problem.kind() == Problem.Kind.IN_PROGRESS)) {
			builder.withDetail("inProgress", status.lockHolder().toString());
		}
		if (!status.problems().isEmpty()) {
			builder.withDetail("problems", status.problems().stream().map(Problem::message).toList());
		}
	}

}
