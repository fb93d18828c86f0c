package dev.migrator.cli;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.migrator.schema.Schema;
import dev.migrator.schema.SchemaDiff;
import dev.migrator.test.EmbeddedDatabaseTest;
import dev.migrator.test.EmbeddedPostgresExtension;
import dev.migrator.test.MigrationFolder;
import dev.migrator.test.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kills a CLI process with SIGKILL at a random moment of a run of 32 migrations, some
 * transactional and some not, then checks that the database is either clean at some
 * version k with exactly the migrations up to k applied, or dirty at a non-transactional
 * migration with its progress recorded; and that {@code up} (with {@code --resume} where
 * needed) then reaches the top with the schema of an uninterrupted run. Trials:
 * {@code -Dmigrator.crash.trials} (the default suite runs a few; see the README for the
 * stress run).
 */
@EmbeddedDatabaseTest
class CrashRecoveryTests {

	static final int MIGRATIONS = 32;

	static final int TRIALS = Integer.getInteger("migrator.crash.trials", 4);

	/** Reruns the trials with the kill moments of a failed run. */
	static final String SEED = "migrator.crash.seed";

	static final Set<String> HISTORY = Set.of("schema_migrations", "schema_migrations_log");

	@TempDir
	Path directory;

	@Test
	void killedRunsLeaveAConsistentStateAndRecoverToTheSameSchema() throws Exception {
		MigrationFolder folder = migrations();
		String location = folder.location();
		TestDatabase reference = EmbeddedPostgresExtension.newDatabase();
		assertThat(new CliRunner().run("--url", reference.url(), "--user", reference.user(), "--locations", location,
				"up").exitCode()).isZero();
		Schema expected = schema(reference);
		long seed = Long.getLong(SEED, System.nanoTime());
		try {
			Map<String, Integer> outcomes = killAndRecover(location, expected, new Random(seed));
			System.out.println("CRASH TRIALS " + TRIALS + " OUTCOMES " + outcomes);
		}
		catch (AssertionError ex) {
			throw new AssertionError("Crash trials failed with seed " + seed + " (rerun: -D" + SEED + "=" + seed
					+ "; the seed picks the kill moments, the machine's timing does the rest): " + ex.getMessage(), ex);
		}
	}

	private Map<String, Integer> killAndRecover(String location, Schema expected, Random random)
			throws Exception {
		Map<String, Integer> outcomes = new TreeMap<>();
		for (int trial = 1; trial <= TRIALS; trial++) {
			TestDatabase db = EmbeddedPostgresExtension.newDatabase();
			Process process = ChildCli.start(db, "--locations", location, "up");
			Thread.sleep(300 + random.nextInt(2200));
			process.destroyForcibly();
			assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
			awaitBackendsGone(db);
			String outcome = checkConsistent(db, trial);
			outcomes.merge(outcome, 1, Integer::sum);
			String[] connection = { "--url", db.url(), "--user", db.user(), "--locations", location };
			CliRunner.Result recovered = new CliRunner().run(join(connection,
					outcome.startsWith("dirty") ? new String[] { "up", "--resume" } : new String[] { "up" }));
			assertThat(recovered.exitCode()).as("trial %d (%s): %s", trial, outcome, recovered.err()).isZero();
			SchemaDiff diff = SchemaDiff.between(expected, schema(db));
			assertThat(diff.sentences("uninterrupted", "after recovery")).as("trial %d (%s)", trial, outcome).isEmpty();
		}
		return outcomes;
	}

	/** Returns "clean" or "dirty", after checking the state is one of the two allowed. */
	private static String checkConsistent(TestDatabase db, int trial) {
		if (!db.tableExists("schema_migrations")) {
			assertThat(tables(db)).as("trial %d: nothing recorded, nothing applied", trial).isEmpty();
			return "clean at none";
		}
		List<String> rows = db.queryColumn(
				"SELECT version || ':' || dirty || ':' || coalesce(statements_done::text, '-') FROM schema_migrations ORDER BY version");
		int applied = rows.size();
		for (int i = 0; i < applied; i++) {
			String[] row = rows.get(i).split(":");
			assertThat(Integer.parseInt(row[0])).as("trial %d: versions are contiguous", trial).isEqualTo(i + 1);
			boolean last = (i == applied - 1);
			if (row[1].equals("true")) {
				assertThat(last).as("trial %d: only the last migration may be dirty", trial).isTrue();
				assertThat(nonTransactional(i + 1)).as("trial %d: only a non-transactional one", trial).isTrue();
				assertThat(row[2]).as("trial %d: its progress is recorded", trial).isNotEqualTo("-");
			}
		}
		List<String> expectedTables = new ArrayList<>();
		for (int version = 1; version <= applied; version++) {
			if (!nonTransactional(version)) {
				expectedTables.add("t" + version);
			}
		}
		assertThat(tables(db)).as("trial %d: exactly the applied migrations' tables", trial)
			.containsExactlyInAnyOrderElementsOf(expectedTables);
		boolean dirty = !rows.isEmpty() && rows.get(applied - 1).split(":")[1].equals("true");
		return (dirty ? "dirty" : "clean") + " at " + ((applied == 0) ? "none" : applied);
	}

	private static List<String> tables(TestDatabase db) {
		return db.queryColumn("SELECT relname FROM pg_class WHERE relkind = 'r' AND relname ~ '^t[0-9]+$'");
	}

	private static void awaitBackendsGone(TestDatabase db) throws InterruptedException {
		for (int i = 0; i < 300; i++) {
			if (db.queryColumn("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
					+ " AND pid <> pg_backend_pid()").equals(List.of("0"))) {
				return;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("The killed client's server session did not end");
	}

	private MigrationFolder migrations() {
		MigrationFolder folder = new MigrationFolder(this.directory);
		for (int version = 1; version <= MIGRATIONS; version++) {
			String name = "%06d_step".formatted(version);
			if (nonTransactional(version)) {
				int table = version - 1;
				folder.up(name, ("-- migrator:no-transaction\n"
						+ "CREATE INDEX CONCURRENTLY IF NOT EXISTS t%1$d_a_idx ON t%1$d (a);\n"
						+ "SELECT pg_sleep(0.05);\n"
						+ "CREATE INDEX CONCURRENTLY IF NOT EXISTS t%1$d_b_idx ON t%1$d (b);\n").formatted(table));
			}
			else {
				folder.up(name, ("CREATE TABLE t%1$d (id bigint PRIMARY KEY, a int, b text);\n"
						+ "INSERT INTO t%1$d SELECT g, g %% 7, 'row ' || g FROM generate_series(1, 200) g;\n"
						+ "SELECT pg_sleep(0.03);\n").formatted(version));
			}
		}
		return folder;
	}

	private static boolean nonTransactional(int version) {
		return version % 4 == 0;
	}

	private static Schema schema(TestDatabase db) throws SQLException {
		try (Connection connection = db.connect()) {
			return Schema.read(connection, HISTORY);
		}
	}

	private static String[] join(String[] first, String[] second) {
		String[] all = new String[first.length + second.length];
		System.arraycopy(first, 0, all, 0, first.length);
		System.arraycopy(second, 0, all, first.length, second.length);
		return all;
	}

}
