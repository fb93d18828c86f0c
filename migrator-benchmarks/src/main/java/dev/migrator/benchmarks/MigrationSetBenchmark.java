package dev.migrator.benchmarks;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

/**
 * Cold apply and no-op runs of one generated migration set. Cold apply gives each
 * contender a new database every round; the last round's databases, fully applied, are
 * kept for the no-op runs, warm (same JVM) and fresh (a child JVM per run).
 */
final class MigrationSetBenchmark implements AutoCloseable {

	/**
	 * A warm JVM has compiled each tool's no-op path. One throwaway run leaves much of it
	 * interpreted (Migrator's no-op at N = 1000 took 31 ms after one run, 11 ms after a few
	 * hundred), and a no-op is cheap, so this kind warms up for longer.
	 */
	static final int WARM_JVM_WARMUPS = 20;

	private final PostgresServer server;

	private final Rounds rounds;

	private final GeneratedMigrations migrations;

	private final ChildJvm childJvm;

	private final List<String> contenders = new ArrayList<>();

	private final Map<String, Database> applied = new LinkedHashMap<>();

	MigrationSetBenchmark(PostgresServer server, Rounds rounds, GeneratedMigrations migrations, ChildJvm childJvm) {
		this.server = server;
		this.rounds = rounds;
		this.migrations = migrations;
		this.childJvm = childJvm;
		this.contenders.add(Floor.LABEL);
		Arrays.stream(Tool.values()).map(Tool::label).forEach(this.contenders::add);
	}

	ResultTable coldApply() throws Exception {
		String title = "Cold apply, N = " + this.migrations.count();
		Samples samples = this.rounds.run("cold apply", title, this.contenders, (contender, lastRound) -> {
			Database database = this.server.createDatabase();
			this.server.checkpoint();
			long start = System.nanoTime();
			apply(contender, database.dataSource());
			long nanos = System.nanoTime() - start;
			keepOrDrop(contender, database, lastRound);
			return nanos;
		});
		return new ResultTable(title, samples, Floor.LABEL);
	}

	ResultTable noOpWarm() throws Exception {
		prepareApplied();
		String title = "No-op, warm JVM, N = " + this.migrations.count() + " applied";
		Samples samples = this.rounds.run("no-op warm", title, this.contenders, WARM_JVM_WARMUPS, (contender, lastRound) -> {
			DataSource dataSource = this.applied.get(contender).dataSource();
			long start = System.nanoTime();
			noOp(contender, dataSource);
			return System.nanoTime() - start;
		});
		return new ResultTable(title, samples, Floor.LABEL).note("floor: connect and SELECT 1");
	}

	ResultTable noOpFresh() throws Exception {
		prepareApplied();
		String title = "No-op, fresh JVM (spawn to exit), N = " + this.migrations.count() + " applied";
		Samples samples = this.rounds.run("no-op fresh", title, this.contenders, (contender, lastRound) -> {
			boolean floor = Floor.LABEL.equals(contender);
			String tool = floor ? Floor.LABEL : Tool.labelled(contender).name();
			Path folder = floor ? Path.of(".") : this.migrations.folder(Tool.labelled(contender));
			return this.childJvm.nanos(NoOpMain.class, tool, this.applied.get(contender).url(), folder.toString());
		});
		return new ResultTable(title, samples, Floor.LABEL).note("floor: a JVM that connects and runs SELECT 1");
	}

	private void apply(String contender, DataSource dataSource) throws Exception {
		if (Floor.LABEL.equals(contender)) {
			Floor.apply(dataSource, this.migrations.statements());
		}
		else {
			Tool tool = Tool.labelled(contender);
			tool.migrate(dataSource, this.migrations.folder(tool));
		}
	}

	private void noOp(String contender, DataSource dataSource) throws Exception {
		if (Floor.LABEL.equals(contender)) {
			Floor.touch(dataSource);
		}
		else {
			Tool tool = Tool.labelled(contender);
			tool.migrate(dataSource, this.migrations.folder(tool));
		}
	}

	private void keepOrDrop(String contender, Database database, boolean lastRound) throws SQLException {
		if (lastRound) {
			this.applied.put(contender, database);
		}
		else {
			this.server.drop(database);
		}
	}

	/** When cold apply was not run, applies everything once, untimed. */
	private void prepareApplied() throws Exception {
		for (String contender : this.contenders) {
			if (!this.applied.containsKey(contender)) {
				Database database = this.server.createDatabase();
				apply(contender, database.dataSource());
				this.applied.put(contender, database);
			}
		}
	}

	@Override
	public void close() throws SQLException {
		for (Database database : this.applied.values()) {
			this.server.drop(database);
		}
	}

}
