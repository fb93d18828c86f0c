package dev.migrator;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.migrator.test.EmbeddedDatabaseTest;
import dev.migrator.test.MigrationFolder;
import dev.migrator.test.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.entry;

@EmbeddedDatabaseTest
class MigratorsTests {

	@TempDir
	Path directory;

	@Test
	void setsWithTheSameVersionsApplyRollBackAndReportIndependently(TestDatabase db) {
		Migrators migrators = Migrators.of(appConfig(db, appFolder()),
				List.of(new SetDefinition("audit", List.of(auditFolder().location()), null, SetDefinition.Order.AFTER)));
		assertThat(migrators.names()).containsExactly("app", "audit");

		Map<String, MigrationResult> results = migrators.migrate();
		assertThat(results.get("app").steps()).extracting(MigrationStep::version).containsExactly(1L, 2L);
		assertThat(results.get("audit").steps()).extracting(MigrationStep::version).containsExactly(1L, 2L);
		assertThat(db.queryColumn("SELECT version FROM schema_migrations ORDER BY version")).containsExactly("1", "2");
		assertThat(db.queryColumn("SELECT version FROM schema_migrations_audit ORDER BY version"))
			.containsExactly("1", "2");
		assertThat(db.tableExists("public.schema_migrations_audit_log")).isTrue();

		migrators.migrator("audit").down(2);
		Map<String, MigrationStatus> status = migrators.status();
		assertThat(status.get("app").version()).isEqualTo(2L);
		assertThat(status.get("app").pending()).isEmpty();
		assertThat(status.get("audit").version()).isNull();
		assertThat(status.get("audit").pending()).extracting(PendingMigration::version).containsExactly(1L, 2L);
		assertThat(db.tableExists("public.orders")).isTrue();
		assertThat(db.tableExists("public.audit_entries")).isFalse();
		assertThat(migrators.validate()).containsExactly(entry("app", List.of()), entry("audit", List.of()));

		assertThat(migrators.migrate().get("audit").steps()).hasSize(2);
		assertThat(db.tableExists("public.audit_entries")).isTrue();
	}

	@Test
	void eachSetTellsTheListenersCopyForItsSet(TestDatabase db) {
		List<String> heard = new ArrayList<>();
		MigrationListener listener = new MigrationListener() {

			@Override
			public MigrationListener forSet(String set) {
				return new MigrationListener() {

					@Override
					public void afterMigration(int index, int count, MigrationStep step, long executionMs,
							RuntimeException error) {
						heard.add(set + ":" + step.version());
					}

				};
			}

		};
		MigratorConfig app = MigratorConfig.builder()
			.dataSource(db.dataSource())
			.locations(appFolder().location())
			.listener(listener)
			.build();
		Migrators.of(app, List.of(new SetDefinition("audit", List.of(auditFolder().location()), null,
				SetDefinition.Order.AFTER)))
			.migrate();
		assertThat(heard).containsExactly("app:1", "app:2", "audit:1", "audit:2");
	}

	@Test
	void aFailureInTheSecondSetNamesItAndLeavesTheFirstApplied(TestDatabase db) throws IOException {
		MigrationFolder broken = new MigrationFolder(Files.createDirectories(this.directory.resolve("broken")))
			.pair("000001_broken", "CREATE TABLE broken (id bigint);\nSELECT * FROM no_such_table;", "DROP TABLE broken;");
		Migrators migrators = Migrators.of(appConfig(db, appFolder()),
				List.of(new SetDefinition("broken", List.of(broken.location()), null, SetDefinition.Order.AFTER)));

		assertThatExceptionOfType(SetFailedException.class).isThrownBy(migrators::migrate).satisfies((ex) -> {
			assertThat(ex.setName()).isEqualTo("broken");
			assertThat(ex.getCause()).isInstanceOf(MigrationFailedException.class);
			assertThat(ex.details()).containsEntry("set", "broken")
				.containsEntry("cause", "MigrationFailedException")
				.containsEntry("sqlState", "42P01");
		}).withMessageStartingWith("migration set broken: ");
		assertThat(db.queryColumn("SELECT version FROM schema_migrations ORDER BY version")).containsExactly("1", "2");
		assertThat(db.tableExists("public.broken")).isFalse();
		assertThat(migrators.status().get("broken").pending()).hasSize(1);
	}

	@Test
	void aLibrarySetInAJarOnTheClassPathRunsBeforeTheApplicationsWhenItsDescriptorSaysSo(TestDatabase db)
			throws IOException {
		Map<String, String> entries = new LinkedHashMap<>();
		entries.put("META-INF/migrator/sets.properties", "sets=jobs\n");
		entries.put("META-INF/migrator/sets/jobs/set.properties", "order=before\ntable=jobs_history\n");
		entries.put("META-INF/migrator/sets/jobs/000001_jobs.up.sql", "CREATE TABLE jobs (id bigint PRIMARY KEY);");
		entries.put("META-INF/migrator/sets/jobs/000001_jobs.down.sql", "DROP TABLE jobs;");
		Path jar = jar(entries);
		// the application's first migration needs the library's table
		MigrationFolder app = new MigrationFolder(Files.createDirectories(this.directory.resolve("app")))
			.pair("000001_job_owners", "CREATE TABLE job_owners (job_id bigint REFERENCES jobs (id));",
					"DROP TABLE job_owners;");
		try (URLClassLoader classLoader = new URLClassLoader(new URL[] { jar.toUri().toURL() }, null)) {
			MigratorConfig config = MigratorConfig.builder()
				.dataSource(db.dataSource())
				.locations(app.location())
				.classLoader(classLoader)
				.build();
			Migrators migrators = Migrators.discover(config);

			assertThat(migrators.names()).containsExactly("jobs", "app");
			assertThat(migrators.migrate()).containsOnlyKeys("jobs", "app");
		}
		assertThat(db.queryColumn("SELECT version FROM jobs_history")).containsExactly("1");
		assertThat(db.queryColumn("SELECT version FROM schema_migrations")).containsExactly("1");
		assertThat(db.tableExists("public.job_owners")).isTrue();
	}

	@Test
	void aSetListedInTheIndexWithoutADescriptorIsAProblemThatNamesIt() throws IOException {
		Path jar = jar(Map.of("META-INF/migrator/sets.properties", "sets=ghost"));
		try (URLClassLoader classLoader = new URLClassLoader(new URL[] { jar.toUri().toURL() }, null)) {
			MigratorConfig config = MigratorConfig.builder().url("jdbc:postgresql://localhost/x", null, null)
				.classLoader(classLoader)
				.build();
			assertThatExceptionOfType(MigrationSourceException.class).isThrownBy(() -> Migrators.discover(config))
				.withMessageContaining("migration set ghost")
				.withMessageContaining("META-INF/migrator/sets/ghost/set.properties");
		}
	}

	@Test
	void aSetTakesEverySettingOfTheApplicationsConfigButItsLocationsAndTable(TestDatabase db) {
		MigratorConfig app = MigratorConfig.builder()
			.url(db.url() + "?ApplicationName=orders", db.user(), null)
			.locations(appFolder().location())
			.schema("billing")
			.lockTimeout(Duration.ofSeconds(7))
			.ddlLockRetries(1)
			.outOfOrder(true)
			.applicationName("orders-service")
			.build();
		MigratorConfig audit = Migrators.of(app,
				List.of(new SetDefinition("audit", List.of(auditFolder().location()), null, SetDefinition.Order.AFTER)))
			.migrator("audit")
			.config();
		assertThat(audit.table()).isEqualTo("schema_migrations_audit");
		assertThat(audit.locations()).containsExactly(auditFolder().location());
		assertThat(audit).usingRecursiveComparison()
			.ignoringFields("table", "locations", "sessionName")
			.isEqualTo(app);
		assertThat(audit.nameSessions()).isFalse();
	}

	@Test
	void twoSetsMayNotShareAHistoryTable(TestDatabase db) {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Migrators.of(appConfig(db, appFolder()), List.of(new SetDefinition("audit",
					List.of(auditFolder().location()), "schema_migrations", SetDefinition.Order.AFTER))))
			.withMessageContaining("'app' and 'audit' would share the history table schema_migrations");
	}

	@Test
	void concurrentMigratorsOfTwoSetsApplyEachMigrationOnce(TestDatabase db) throws Exception {
		db.execute("CREATE TABLE applied_log (set_name text, version int)");
		MigrationFolder app = new MigrationFolder(Files.createDirectories(this.directory.resolve("app")));
		MigrationFolder audit = new MigrationFolder(Files.createDirectories(this.directory.resolve("audit")));
		for (int i = 1; i <= 5; i++) {
			app.pair("%06d_app_%d".formatted(i, i),
					"INSERT INTO applied_log VALUES ('app', %d);\nSELECT pg_sleep(0.02);".formatted(i), "");
			audit.pair("%06d_audit_%d".formatted(i, i),
					"INSERT INTO applied_log VALUES ('audit', %d);\nSELECT pg_sleep(0.02);".formatted(i), "");
		}
		int threads = 4;
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			List<Future<Map<String, MigrationResult>>> results = new ArrayList<>();
			for (int i = 0; i < threads; i++) {
				results.add(pool.submit(() -> {
					start.await();
					return Migrators.of(appConfig(db, app), List.of(new SetDefinition("audit",
							List.of(audit.location()), null, SetDefinition.Order.BEFORE))).migrate();
				}));
			}
			start.countDown();
			int applied = 0;
			for (Future<Map<String, MigrationResult>> result : results) {
				for (MigrationResult done : result.get().values()) {
					applied += done.steps().size();
					assertThat(done.versionAfter()).isEqualTo(5L);
				}
			}
			assertThat(applied).isEqualTo(10);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(db.queryColumn("SELECT set_name || version FROM applied_log ORDER BY set_name, version"))
			.containsExactly("app1", "app2", "app3", "app4", "app5", "audit1", "audit2", "audit3", "audit4", "audit5");
	}

	private MigratorConfig appConfig(TestDatabase db, MigrationFolder app) {
		return MigratorConfig.builder().dataSource(db.dataSource()).locations(app.location()).build();
	}

	private MigrationFolder appFolder() {
		return folder("app").pair("000001_orders", "CREATE TABLE orders (id bigint);", "DROP TABLE orders;")
			.pair("000002_order_lines", "CREATE TABLE order_lines (id bigint);", "DROP TABLE order_lines;");
	}

	private MigrationFolder auditFolder() {
		return folder("audit").pair("000001_audit_entries", "CREATE TABLE audit_entries (id bigint);",
				"DROP TABLE audit_entries;")
			.pair("000002_audit_index", "CREATE INDEX audit_entries_id ON audit_entries (id);",
					"DROP INDEX audit_entries_id;");
	}

	private MigrationFolder folder(String name) {
		try {
			return new MigrationFolder(Files.createDirectories(this.directory.resolve(name)));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A jar without directory entries, as many build tools write them. */
	private Path jar(Map<String, String> entries) throws IOException {
		Path jar = this.directory.resolve("library.jar");
		try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
			for (Map.Entry<String, String> entry : entries.entrySet()) {
				out.putNextEntry(new JarEntry(entry.getKey()));
				out.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
				out.closeEntry();
			}
		}
		return jar;
	}

}
