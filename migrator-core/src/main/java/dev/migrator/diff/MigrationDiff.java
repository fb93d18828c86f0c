package dev.migrator.diff;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import dev.migrator.DatabaseException;
import dev.migrator.Migrator;
import dev.migrator.MigratorConfig;
import dev.migrator.generate.MigrationWriter;
import dev.migrator.generate.WrittenMigration;
import dev.migrator.lint.Finding;
import dev.migrator.lint.LintConfig;
import dev.migrator.lint.Linter;
import dev.migrator.lint.Severity;
import dev.migrator.schema.Schema;
import dev.migrator.schema.SchemaDiff;

/**
 * Compares the schema the migrations give with a desired schema, and writes the migration
 * between them. Both are read the same way, from pg_catalog: the migrations replayed on one
 * empty database, the desired schema built on another (or read from a live database). The
 * generated pairs are linted and proven (up, down, up again) before anything is written.
 */
public final class MigrationDiff {

	private final MigratorConfig config;

	private final DataSource desiredDatabase;

	private final DiffOptions options;

	private final Set<String> history;

	/**
	 * @param config where the migrations are; its data source must be an empty scratch database
	 * @param desiredDatabase another empty scratch database, for a desired schema that is built
	 */
	public MigrationDiff(MigratorConfig config, DataSource desiredDatabase, DiffOptions options) {
		this.config = config;
		this.desiredDatabase = desiredDatabase;
		this.options = options;
		this.history = Set.of(config.table(), config.table() + "_log");
	}

	/** The differences and the plan for them; nothing is written. */
	public DiffReport compare(DesiredSchema desired) {
		Schemas schemas = read(desired);
		return new DiffReport(schemas.differences(), plan(schemas), List.of(), List.of(), List.of());
	}

	/**
	 * Plans, lints and proves the migration to the desired schema, and writes it when lint
	 * finds no error (but those of the drops --allow-drop asked for), the proof passes, and no
	 * refused drop may be a rename (the addition written with it would then be wrong).
	 * @param name the snake_case name of the migration
	 */
	public DiffReport write(DesiredSchema desired, String name, MigrationWriter writer) {
		Schemas schemas = read(desired);
		DdlPlan plan = plan(schemas);
		if (plan.isEmpty()) {
			return new DiffReport(schemas.differences(), plan, List.of(), List.of(), List.of());
		}
		List<DdlPair> pairs = plan.pairs();
		List<Finding> findings = lint(pairs, name);
		List<String> failures = new PairCheck(this.config).check(pairs, name, schemas.current(), schemas.desired(),
				plan.refusals());
		List<WrittenMigration> written = new ArrayList<>();
		boolean undecidedRename = plan.refusals().stream().anyMatch((refusal) -> !refusal.renames().isEmpty());
		if (failures.isEmpty() && !undecidedRename && findings.stream().noneMatch((finding) -> blocks(finding, plan))) {
			for (DdlPair pair : pairs) {
				written.add(writer.write(pair.description(name), pair.up(), pair.down()));
			}
		}
		return new DiffReport(schemas.differences(), plan, findings, failures, written);
	}

	private DdlPlan plan(Schemas schemas) {
		return DdlPlanner.plan(schemas.renamed(), schemas.desired(), this.options);
	}

	private Schemas read(DesiredSchema desired) {
		new Migrator(this.config).migrate();
		Schema current = DesiredSchema.read(this.config.dataSource(), this.history, "a scratch database");
		return new Schemas(current, renamed(), desired.read(this.desiredDatabase, this.history));
	}

	/** The migrations' schema with the renames made, read in a transaction that is then rolled back. */
	private Schema renamed() {
		try (Connection connection = this.config.dataSource().getConnection();
				Statement statement = connection.createStatement()) {
			connection.setAutoCommit(false);
			try {
				for (Rename rename : this.options.renames()) {
					statement.execute(rename.sql());
				}
				return Schema.read(connection, this.history);
			}
			finally {
				connection.rollback();
			}
		}
		catch (SQLException ex) {
			throw new DatabaseException("Could not make the renames " + this.options.renames(), ex);
		}
	}

	private List<Finding> lint(List<DdlPair> pairs, String name) {
		Linter linter = new Linter(LintConfig.defaults());
		Map<String, String> ups = new LinkedHashMap<>();
		pairs.forEach((pair) -> ups.put(pair.description(name) + ".up.sql", pair.up()));
		List<Finding> findings = new ArrayList<>(linter.lintInOrder(ups));
		for (DdlPair pair : pairs) {
			findings.addAll(linter.lint(pair.description(name) + ".down.sql", pair.down(), true));
		}
		return findings;
	}

	/** A lint error stops the write, but for those of changes the plan warned of or was asked for. */
	private static boolean blocks(Finding finding, DdlPlan plan) {
		return finding.severity() == Severity.ERROR && !plan.expectedLintRules().contains(finding.rule());
	}

	/**
	 * @param current the migrations' schema
	 * @param renamed the same with the renames made, which the plan starts from
	 * @param desired the schema of the desired SQL
	 */
	private record Schemas(Schema current, Schema renamed, Schema desired) {

		List<String> differences() {
			return SchemaDiff.between(this.current.withoutColumnOrder(), this.desired.withoutColumnOrder())
				.sentences("in the migrations", "in the desired schema");
		}

	}

}
