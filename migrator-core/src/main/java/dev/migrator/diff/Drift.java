package dev.migrator.diff;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import dev.migrator.AppliedMigration;
import dev.migrator.DatabaseException;
import dev.migrator.DirtyDatabaseException;
import dev.migrator.MigrationStatus;
import dev.migrator.Migrator;
import dev.migrator.MigratorConfig;
import dev.migrator.PendingMigration;
import dev.migrator.Problem;
import dev.migrator.schema.Schema;
import dev.migrator.schema.SchemaDiff;
import dev.migrator.verify.ScratchDatabase;

/**
 * Compares a live database with what its applied migrations give: exactly those migrations
 * are replayed on an empty scratch database, up to the live version, and both schemas are
 * read from pg_catalog. What someone changed by hand shows as a difference; pending
 * migrations do not.
 */
public final class Drift {

	private final MigratorConfig live;

	private final DataSource scratch;

	private final Set<String> history;

	/**
	 * @param live the live database and its migrations
	 * @param scratch an empty scratch database to replay the applied migrations on
	 */
	public Drift(MigratorConfig live, DataSource scratch) {
		this.live = live;
		this.scratch = scratch;
		this.history = Set.of(live.table(), live.table() + "_log");
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

	private static void drop(ScratchDatabase scratch) {
		try {
			scratch.close();
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not drop the drift check's scratch database", ex);
		}
	}

	/** @throws DirtyDatabaseException when a migration started and did not finish */
	public DriftReport check() {
		MigrationStatus status = new Migrator(this.live).status();
		if (status.dirty()) {
			throw new DirtyDatabaseException(status.version(),
					"drift needs a clean history; finish or force that migration first");
		}
		List<String> uncheckable = uncheckable(status);
		if (!uncheckable.isEmpty()) {
			return new DriftReport(status.version(), List.of(), uncheckable);
		}
		if (status.version() != null) {
			new Migrator(this.live.toBuilder().dataSource(this.scratch).target(status.version()).build()).migrate();
		}
		Schema expected = read(this.scratch).withoutColumnOrder();
		Schema actual = read(this.live.dataSource()).withoutColumnOrder();
		return new DriftReport(status.version(),
				SchemaDiff.between(expected, actual).sentences("in its migrations", "in the database"), List.of());
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
