package dev.migrator.diff;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.sql.DataSource;

import dev.migrator.AppliedMigration;
import dev.migrator.DatabaseException;
import dev.migrator.DirtyDatabaseException;
import dev.migrator.MigrationStatus;
import dev.migrator.Migrator;
import dev.migrator.MigratorConfig;
import dev.migrator.Migrators;
import dev.migrator.PendingMigration;
import dev.migrator.Problem;
import dev.migrator.SetDefinition;
import dev.migrator.schema.Schema;
import dev.migrator.schema.SchemaDiff;
import dev.migrator.verify.ScratchDatabase;

/**
 * Compares a live database with what its applied migrations give: exactly those migrations
 * are replayed on an empty scratch database, up to the live version, and both schemas are
 * read from pg_catalog. What someone changed by hand shows as a difference; pending
 * migrations do not.
 * <p>
 * With several migration sets on the database, every set's applied migrations are replayed
 * on the one scratch database in the order the sets run, and the two databases are compared
 * once, without any set's history tables: each object is then expected from the set that
 * created it, and a difference is listed once, not once per set.
 */
public final class Drift {

	/** The sets on the live database, in the order they run; they share its DataSource. */
	private final Map<String, MigratorConfig> sets;

	private final DataSource scratch;

	private final Set<String> history;

	/**
	 * @param live the live database and its migrations
	 * @param scratch an empty scratch database to replay the applied migrations on
	 */
	public Drift(MigratorConfig live, DataSource scratch) {
		this(Map.of(SetDefinition.APP, live), scratch);
	}

	/**
	 * @param sets the migration sets of one live database, by name, in the order they run
	 * @param scratch an empty scratch database to replay their applied migrations on
	 */
	public Drift(Map<String, MigratorConfig> sets, DataSource scratch) {
		if (sets.isEmpty()) {
			throw new IllegalArgumentException("drift needs at least one migration set");
		}
		this.sets = new LinkedHashMap<>(sets);
		this.scratch = scratch;
		this.history = sets.values()
			.stream()
			.flatMap((set) -> Stream.of(set.table(), set.table() + "_log"))
			.collect(Collectors.toUnmodifiableSet());
	}

	/**
	 * The drift of {@code live}, replayed on a scratch database that is dropped afterwards:
	 * {@code migrator drift} and the actuator's drift check.
	 * @param devUrl the server to create the scratch database on, or {@code null} for an
	 * embedded PostgreSQL
	 * @throws DirtyDatabaseException when a migration started and did not finish
	 */
	public static DriftReport onScratch(MigratorConfig live, String devUrl, String user, String password) {
		ScratchDatabase scratch = ScratchDatabase.onOrEmbedded(devUrl, user, password);
		try {
			return new Drift(live, scratch.dataSource()).check();
		}
		finally {
			drop(scratch);
		}
	}

	/**
	 * The drift of the database of {@code sets}, all of them replayed in order on one scratch
	 * database that is dropped afterwards.
	 * @throws DirtyDatabaseException when a migration of any set started and did not finish
	 */
	public static SetsDriftReport onScratch(Migrators sets, String devUrl, String user, String password) {
		Map<String, MigratorConfig> configs = new LinkedHashMap<>();
		sets.names().forEach((name) -> configs.put(name, sets.migrator(name).config()));
		ScratchDatabase scratch = ScratchDatabase.onOrEmbedded(devUrl, user, password);
		try {
			return new Drift(configs, scratch.dataSource()).checkSets();
		}
		finally {
			drop(scratch);
		}
	}

	private static void drop(ScratchDatabase scratch) {
		try {
			scratch.close();
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not drop the drift check's scratch database", ex);
		}
	}

	/**
	 * The drift, with the version of the first set (the only one, as
	 * {@link #Drift(MigratorConfig, DataSource)} builds it).
	 * @throws DirtyDatabaseException when a migration started and did not finish
	 */
	public DriftReport check() {
		SetsDriftReport report = checkSets();
		return new DriftReport(report.versions().values().iterator().next(), report.differences(),
				report.uncheckable());
	}

	/** @throws DirtyDatabaseException when a migration of any set started and did not finish */
	public SetsDriftReport checkSets() {
		Map<String, Long> versions = new LinkedHashMap<>();
		List<String> uncheckable = new ArrayList<>();
		this.sets.forEach((name, set) -> {
			MigrationStatus status = new Migrator(set).status();
			if (status.dirty()) {
				throw new DirtyDatabaseException(status.version(), named(name,
						"drift needs a clean history; finish or force that migration first"));
			}
			versions.put(name, status.version());
			uncheckable(status).forEach((reason) -> uncheckable.add(named(name, reason)));
		});
		if (!uncheckable.isEmpty()) {
			return new SetsDriftReport(versions, List.of(), uncheckable);
		}
		this.sets.forEach((name, set) -> {
			Long version = versions.get(name);
			if (version != null) {
				new Migrator(set.toBuilder().dataSource(this.scratch).target(version).build()).migrate();
			}
		});
		Schema expected = read(this.scratch).withoutColumnOrder();
		Schema actual = read(this.sets.values().iterator().next().dataSource()).withoutColumnOrder();
		return new SetsDriftReport(versions,
				SchemaDiff.between(expected, actual).sentences("in its migrations", "in the database"), List.of());
	}

	/** A reason as it is, with one set; prefixed with its set's name among several. */
	private String named(String set, String reason) {
		return (this.sets.size() > 1) ? "set " + set + ": " + reason : reason;
	}

	/** The applied migrations a replay of the files could not reproduce, as the replay would guess. */
	private static List<String> uncheckable(MigrationStatus status) {
		List<String> reasons = new ArrayList<>();
		for (AppliedMigration applied : status.applied()) {
			if (applied.script() == null) {
				reasons.add("migration " + applied.version() + " is applied but has no file: cannot check");
			}
		}
		for (AppliedMigration ahead : status.ahead()) {
			reasons.add("migration " + ahead.version() + " was applied by a newer release (ahead of the files):"
					+ " cannot check");
		}
		for (Problem problem : status.problems()) {
			if (problem.kind() == Problem.Kind.CHECKSUM_MISMATCH) {
				reasons.add("migration " + problem.version() + " changed since it was applied: cannot check");
			}
		}
		for (PendingMigration pending : status.pending()) {
			if (status.version() != null && pending.version() < status.version()) {
				reasons.add("migration " + pending.version() + " is below the version but not applied:"
						+ " cannot check");
			}
		}
		return reasons;
	}

	private Schema read(DataSource database) {
		try (Connection connection = database.getConnection()) {
			return Schema.read(connection, this.history);
		}
		catch (SQLException ex) {
			throw new DatabaseException("Could not read a database's schema for drift", ex);
		}
	}

}
