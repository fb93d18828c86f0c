package dev.migrator.boot.actuate.endpoint;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;

import dev.migrator.AppliedMigration;
import dev.migrator.MigrationStatus;
import dev.migrator.Migrator;
import dev.migrator.Migrators;
import dev.migrator.PendingMigration;
import dev.migrator.Problem;
import dev.migrator.SetDefinition;
import dev.migrator.boot.autoconfigure.MigratorInstances;
import dev.migrator.boot.autoconfigure.MigratorProperties;
import dev.migrator.lint.Finding;
import dev.migrator.lint.LintConfig;
import dev.migrator.lock.LockHolder;

/**
 * {@code /actuator/migrations}: the version, the dirty state, applied and pending
 * migrations, those a newer release applied, problems, and who holds the migration lock.
 * With several migration sets, the same per set under {@code sets}, in the order they run;
 * with several instances ({@code migrator.instances.*}), that per instance under {@code instances}.
 * Read-only; never waits for the lock.
 * <p>
 * {@code /actuator/migrations/drift}, when {@code migrator.drift.enabled} is set: how each
 * instance's database differs from what its applied migrations give, as
 * {@code migrator drift --format json} reports it, nested like the rest. Off, it answers 404
 * like any unknown path.
 */
@Endpoint(id = "migrations")
public class MigrationsEndpoint {

	private final MigratorInstances instances;

	private final LintConfig lintConfig;

	private final DriftCheck drift;

	public MigrationsEndpoint(MigratorInstances instances, LintConfig lintConfig, MigratorProperties.Drift drift) {
		this.instances = instances;
		this.lintConfig = lintConfig;
		this.drift = new DriftCheck(drift);
	}

	/**
	 * The response: the application's set alone when it is the only one, so that an
	 * application without other sets keeps its shape; every set by name otherwise; with
	 * several instances, each instance's by name.
	 */
	@ReadOperation
	public Object read() {
		if (this.instances.names().size() == 1) {
			return describe(this.instances.instance(MigratorInstances.DEFAULT));
		}
		Map<String, Object> instances = new LinkedHashMap<>();
		this.instances.names().forEach((name) -> instances.put(name, describe(this.instances.instance(name))));
		return new InstancesDescriptor(instances);
	}

	private Object describe(Migrators migrators) {
		if (migrators.names().size() == 1) {
			return describe(migrators.migrator(migrators.names().get(0)));
		}
		Map<String, MigrationsDescriptor> sets = new LinkedHashMap<>();
		migrators.names().forEach((name) -> sets.put(name, describe(migrators.migrator(name))));
		return new SetsDescriptor(sets);
	}

	/**
	 * {@code /actuator/migrations/drift}: the application's database's drift, a
	 * {@link DriftDescriptor} when it has one set, a {@link SetsDriftDescriptor} (every set
	 * replayed in order, the database compared once) when it has several; with several
	 * instances, each instance's by name in an {@link InstancesDescriptor}. {@code null} (404)
	 * for any other path, and while {@code migrator.drift.enabled} is off: each check replays
	 * the migrations on a scratch database.
	 */
	@ReadOperation
	public Object drift(@Selector String check) {
		if (!check.equals("drift") || !this.drift.enabled()) {
			return null;
		}
		if (this.instances.names().size() == 1) {
			return this.drift.check(this.instances.instance(MigratorInstances.DEFAULT));
		}
		Map<String, Object> instances = new LinkedHashMap<>();
		this.instances.names().forEach((name) -> instances.put(name, this.drift.check(this.instances.instance(name))));
		return new InstancesDescriptor(instances);
	}

	/** The application's set ({@code app}). */
	public MigrationsDescriptor migrations() {
		return describe(this.instances.instance(MigratorInstances.DEFAULT).migrator(SetDefinition.APP));
	}

	private MigrationsDescriptor describe(Migrator migrator) {
		MigrationStatus status = migrator.status();
		return new MigrationsDescriptor(status.version(), status.dirty(), status.pending().size(), status.applied(),
				status.pending(), status.ahead(), status.problems(),
				migrator.lintPending(this.lintConfig).stream().map(FindingDescriptor::of).toList(),
				status.lockHolder());
	}

	/**
	 * The endpoint's response with several instances.
	 *
	 * @param instances each instance's sets, as {@link SetsDescriptor} or, with one set,
	 * {@link MigrationsDescriptor}, by name, in the order they are migrated
	 */
	public record InstancesDescriptor(Map<String, Object> instances) {

	}

	/**
	 * The endpoint's response with several migration sets.
	 *
	 * @param sets each set's state by name, in the order the sets run
	 */
	public record SetsDescriptor(Map<String, MigrationsDescriptor> sets) {

	}

	/**
	 * The endpoint's response for one migration set.
	 *
	 * @param version the current version, {@code null} when nothing is applied
	 * @param dirty whether a migration started and did not finish
	 * @param pendingCount how many migrations are pending
	 * @param applied the applied migrations
	 * @param pending the pending migrations
	 * @param ahead the migrations a newer release applied, above every file here
	 * @param problems what would stop the next run, as {@link Migrator#validate()} finds them
	 * @param findings lint findings of the pending migrations
	 * @param lockHolder the session migrating right now, {@code null} when none is
	 */
	public record MigrationsDescriptor(Long version, boolean dirty, int pendingCount, List<AppliedMigration> applied,
			List<PendingMigration> pending, List<AppliedMigration> ahead, List<Problem> problems,
			List<FindingDescriptor> findings, LockHolder lockHolder) {

	}

	/**
	 * The drift report, in the shape of {@code migrator drift --format json}.
	 *
	 * @param version the database's version, {@code null} when nothing is applied
	 * @param differences how the database differs from what its applied migrations give, one
	 * sentence each (an index added by hand: "index public.orders_status_idx exists in the
	 * database but not in its migrations")
	 * @param cannotCheck why nothing could be compared (a dirty database, applied migrations
	 * without their file or changed since, no scratch database); empty when the check ran
	 */
	public record DriftDescriptor(Long version, List<String> differences, List<String> cannotCheck) {

	}

	/**
	 * The drift report of a database with several migration sets, in the shape of
	 * {@code migrator drift --format json} without {@code --set}.
	 *
	 * @param versions each set's version by name, in the order the sets run
	 * @param differences how the database differs from what all the sets' applied migrations
	 * give, one sentence each, each listed once
	 * @param cannotCheck why nothing could be compared, naming the set; empty when the check ran
	 */
	public record SetsDriftDescriptor(Map<String, Long> versions, List<String> differences, List<String> cannotCheck) {

	}

	/**
	 * A lint finding of a pending migration, the severity written as the CLI's JSON writes it.
	 *
	 * @param rule the rule id, e.g. {@code drop-table}
	 * @param severity {@code error} or {@code warning}
	 * @param file the file's name
	 * @param line the 1-based line of the statement
	 * @param message why it is dangerous
	 * @param suggestion the safe alternative
	 */
	public record FindingDescriptor(String rule, String severity, String file, int line, String message,
			String suggestion) {

		static FindingDescriptor of(Finding finding) {
			return new FindingDescriptor(finding.rule(), finding.severity().label(), finding.file(), finding.line(),
					finding.message(), finding.suggestion());
		}

	}

}
