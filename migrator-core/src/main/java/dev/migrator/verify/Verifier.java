package dev.migrator.verify;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import dev.migrator.Migrator;
import dev.migrator.MigratorConfig;
import dev.migrator.MigratorException;
import dev.migrator.Operation;
import dev.migrator.source.Location;
import dev.migrator.source.Migration;
import dev.migrator.source.MigrationSet;

/**
 * Proves that every down reverses its up, on a scratch database: for each migration in
 * order, the schema before {@code up} must equal the schema after {@code up} then
 * {@code down}, and {@code up} again must give the schema the first {@code up} gave.
 */
public final class Verifier {

	private final MigratorConfig config;

	/**
	 * @param config where the migrations are and the scratch database to run them on
	 * (never a real one: see {@link ScratchDatabase})
	 */
	public Verifier(MigratorConfig config) {
		this.config = config;
	}

	public VerifyReport verify() {
		long start = System.nanoTime();
		MigrationSet files = MigrationSet.load(this.config.locations().stream().map(Location::parse).toList(),
				this.config.classLoader());
		Migrator migrator = new Migrator(this.config);
		Set<String> history = Set.of(this.config.table(), this.config.table() + "_log");
		List<VerifyReport.Result> results = new ArrayList<>();
		SchemaSnapshot before = snapshot(history);
		for (Migration migration : files.migrations()) {
			migrator.run(Operation.up(1));
			SchemaSnapshot afterUp = snapshot(history);
			if (!migration.reversible()) {
				results.add(VerifyReport.Result.skipped(migration, "it has no down file"));
				before = afterUp;
				continue;
			}
			migrator.run(Operation.down(1));
			SchemaDiff reversed = SchemaDiff.between(before, "before up", snapshot(history), "after down");
			if (!reversed.isEmpty()) {
				results.add(VerifyReport.Result.failed(migration, reversed.differences()));
				break;
			}
			migrator.run(Operation.up(1));
			SchemaDiff repeated = SchemaDiff.between(afterUp, "after up", snapshot(history), "after up again");
			if (!repeated.isEmpty()) {
				results.add(VerifyReport.Result.failed(migration, repeated.differences()));
				break;
			}
			results.add(VerifyReport.Result.passed(migration));
			before = afterUp;
		}
		return new VerifyReport(results, (System.nanoTime() - start) / 1_000_000);
	}

	private SchemaSnapshot snapshot(Set<String> history) {
		DataSource dataSource = this.config.dataSource();
		try (Connection connection = dataSource.getConnection()) {
			return SchemaSnapshot.take(connection, history);
		}
		catch (SQLException ex) {
			throw new MigratorException("Could not read the scratch database's schema: " + ex.getMessage(), ex);
		}
	}

}
