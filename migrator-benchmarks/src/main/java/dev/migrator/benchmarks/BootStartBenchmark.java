package dev.migrator.benchmarks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.migrator.benchmarks.boot.BootApp;
import dev.migrator.benchmarks.boot.BootMain;

/**
 * Spring Boot start with nothing pending: each app in a fresh JVM, timed from spawn to
 * exit, against a database its tool has already fully migrated.
 */
final class BootStartBenchmark {

	static final String SKIPPED = "Migrator starter: skipped (" + "dev.migrator.boot.autoconfigure."
			+ "MigratorAutoConfiguration is not on the class path yet)";

	private final PostgresServer server;

	private final Rounds rounds;

	private final GeneratedMigrations migrations;

	private final ChildJvm childJvm;

	BootStartBenchmark(PostgresServer server, Rounds rounds, GeneratedMigrations migrations, ChildJvm childJvm) {
		this.server = server;
		this.rounds = rounds;
		this.migrations = migrations;
		this.childJvm = childJvm;
	}

	ResultTable run() throws Exception {
		List<BootApp> apps = Arrays.stream(BootApp.values()).filter(BootApp::available).toList();
		Map<String, BootApp> byLabel = new LinkedHashMap<>();
		Map<BootApp, Database> databases = new LinkedHashMap<>();
		try {
			for (BootApp app : apps) {
				byLabel.put(app.label(), app);
				databases.put(app, prepare(app));
			}
			String title = "Spring Boot start, nothing pending (N = " + this.migrations.count() + " applied)";
			List<String> contenders = new ArrayList<>(byLabel.keySet());
			Samples samples = this.rounds.run("boot", title, contenders, (contender, lastRound) -> {
				BootApp app = byLabel.get(contender);
				return this.childJvm.nanos(BootMain.class, app.name(), databases.get(app).url(),
						this.migrations.folder(tool(app)).toString());
			});
			ResultTable table = new ResultTable(title, samples, BootApp.NONE.label())
				.note("each app runs SELECT 1 through JdbcTemplate once started, then closes");
			if (!BootApp.MIGRATOR.available()) {
				table.note(SKIPPED);
			}
			return table;
		}
		finally {
			for (Database database : databases.values()) {
				this.server.drop(database);
			}
		}
	}

	/** A database the app's tool has fully migrated (untimed), so the app finds nothing pending. */
	private Database prepare(BootApp app) throws Exception {
		Database database = this.server.createDatabase();
		Tool tool = tool(app);
		tool.migrate(database.dataSource(), this.migrations.folder(tool));
		return database;
	}

	/** The tool whose files an app points at; the app with no tool gets Flyway's, unused. */
	private static Tool tool(BootApp app) {
		return (app == BootApp.MIGRATOR) ? Tool.MIGRATOR : Tool.FLYWAY;
	}

}
