package dev.migrator.verify;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import dev.migrator.DatabaseException;
import dev.migrator.MigrationFailedException;
import dev.migrator.MigrationStatus;
import dev.migrator.Migrator;
import dev.migrator.MigratorConfig;
import dev.migrator.MigratorException;
import dev.migrator.NothingToVerifyException;
import dev.migrator.Operation;
import dev.migrator.SqlSyntaxException;
import dev.migrator.schema.Schema;
import dev.migrator.schema.SchemaDiff;
import dev.migrator.source.Location;
import dev.migrator.source.Migration;
import dev.migrator.source.MigrationSet;

/**
 * Proves that every down reverses its up, on a scratch database: for each migration in
 * order, the schema before {@code up} must equal the schema after {@code up} then
 * {@code down}, and {@code up} again must give the schema the first {@code up} gave. Every
 * migration is checked and every failure reported; a down that fails with an error is a
 * failure like a down that leaves a difference.
 */
public final class Verifier {

	private final ScratchDatabase scratch;

	private final MigratorConfig config;

	private final VerifyOptions options;

	private final Set<String> history;

	/**
	 * @param scratch the throw-away database to run on
	 * @param config where the migrations are; its data source must be the scratch database's
	 * @param options which migrations to check, and how strictly
	 */
	public Verifier(ScratchDatabase scratch, MigratorConfig config, VerifyOptions options) {
		if (config.dataSource() != scratch.dataSource()) {
			throw new IllegalArgumentException("Verify runs on its scratch database only: build the config with"
					+ " dataSource(scratch.dataSource())");
		}
		this.scratch = scratch;
		this.config = config;
		this.options = options;
		this.history = Set.of(config.table(), config.table() + "_log");
	}

	public VerifyReport verify() {
		long start = System.nanoTime();
		List<Migration> all = MigrationSet
			.load(this.config.locations().stream().map(Location::parse).toList(), this.config.classLoader())
			.migrations();
		List<Migration> checked = all.stream().filter((migration) -> this.options.includes(migration.version())).toList();
		if (checked.isEmpty()) {
			throw new NothingToVerifyException(this.options.from(), this.options.to(), this.config.locations(),
					all.stream().map(Migration::version).toList());
		}
		Migrator migrator = new Migrator(this.config);
		List<VerifyReport.Result> results = new ArrayList<>();
		try (Catalog catalog = new Catalog()) {
			int first = all.indexOf(checked.get(0));
			if (first > 0) {
				migrator.run(Operation.gotoVersion(all.get(first - 1).version()));
			}
			Schema before = catalog.schema();
			for (Migration migration : checked) {
				try {
					migrator.run(Operation.up(1));
				}
				catch (MigrationFailedException | SqlSyntaxException ex) {
					// every later migration builds on this one
					results.add(VerifyReport.Result.failed(migration,
							List.of("up failed: " + failure(ex) + "; the migrations after it were not checked")));
					break;
				}
				Schema afterUp = catalog.schema();
				if (!migration.reversible()) {
					results.add(VerifyReport.Result.skipped(migration, "it has no down file"));
				}
				else {
					List<String> differences = downAndUpAgain(migrator, catalog, before, afterUp);
					results.add(differences.isEmpty() ? VerifyReport.Result.passed(migration)
							: VerifyReport.Result.failed(migration, differences));
					if (!differences.isEmpty() && !isAt(migration, afterUp, migrator, catalog)) {
						rebuildUpTo(migration, migrator, catalog);
					}
				}
				before = afterUp;
			}
		}
		catch (SQLException ex) {
			throw new DatabaseException("Could not read the scratch database's schema", ex);
		}
		return new VerifyReport(results, (System.nanoTime() - start) / 1_000_000);
	}

	/** Rolls the migration back and applies it again; what went wrong, empty when it reverses. */
	private List<String> downAndUpAgain(Migrator migrator, Catalog catalog, Schema before,
			Schema afterUp) throws SQLException {
		try {
			migrator.run(Operation.down(1));
		}
		catch (MigrationFailedException | SqlSyntaxException ex) {
			return List.of("down failed: " + failure(ex));
		}
		List<String> differences = new ArrayList<>(
				SchemaDiff.between(before, catalog.schema()).sentences("before up", "after down"));
		try {
			migrator.run(Operation.up(1));
			differences.addAll(
					SchemaDiff.between(afterUp, catalog.schema()).sentences("after up", "after up again"));
		}
		catch (MigrationFailedException | SqlSyntaxException ex) {
			differences.add("up again failed: " + failure(ex));
		}
		return differences;
	}

	/**
	 * Whether the scratch database is where a clean run of the ups would have left it after
	 * this migration: recorded at its version, not dirty, with the schema its up gave. A
	 * failed check often leaves it there (a transactional down that failed was rolled back; an
	 * up again that drops what its down forgot gives the first up's schema), and then the
	 * next migration can be checked from here.
	 */
	private boolean isAt(Migration migration, Schema afterUp, Migrator migrator, Catalog catalog)
			throws SQLException {
		MigrationStatus status = migrator.status();
		return !status.dirty() && Objects.equals(status.version(), migration.version())
				&& catalog.schema().equals(afterUp);
	}

	/**
	 * Puts the scratch database where a clean run of the ups leaves it after this migration.
	 * Going on from whatever a failed down and up again left would check the next migrations
	 * against a schema no real database has (and an up again that failed on what its down
	 * left leaves this migration unapplied), so the database is created anew and the ups
	 * replayed in one run: ups alone take a small part of the time a check does, and failures
	 * are few.
	 */
	private void rebuildUpTo(Migration migration, Migrator migrator, Catalog catalog) throws SQLException {
		catalog.close();
		this.scratch.recreate();
		migrator.run(Operation.gotoVersion(migration.version()));
		catalog.reopen();
	}

	private static String failure(MigratorException ex) {
		if (ex instanceof MigrationFailedException failed) {
			return failed.file() + ":" + failed.line() + ":" + failed.column() + ": ERROR " + failed.sqlState() + ": "
					+ failed.serverMessage();
		}
		return ex.getMessage();
	}

	/**
	 * One connection for every schema read, kept for the whole run so that its query is prepared
	 * and planned once (a connection given back to the scratch database is reset, and its
	 * prepared statements with it).
	 */
	private final class Catalog implements AutoCloseable {

		private Connection connection;

		Catalog() throws SQLException {
			reopen();
		}

		void reopen() throws SQLException {
			this.connection = Verifier.this.config.dataSource().getConnection();
		}

		Schema schema() throws SQLException {
			Schema schema = Schema.read(this.connection, Verifier.this.history);
			return Verifier.this.options.strictColumnOrder() ? schema : schema.withoutColumnOrder();
		}

		@Override
		public void close() throws SQLException {
			this.connection.close();
		}

	}

}
