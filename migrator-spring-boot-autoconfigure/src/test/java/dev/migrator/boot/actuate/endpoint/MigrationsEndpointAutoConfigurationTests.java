package dev.migrator.boot.actuate.endpoint;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import dev.migrator.AppliedMigration;
import dev.migrator.Problem;
import dev.migrator.Problem.Kind;
import dev.migrator.boot.autoconfigure.MigratorAutoConfiguration;
import dev.migrator.boot.autoconfigure.MigratorMigrationStrategy;
import dev.migrator.history.QualifiedName;
import dev.migrator.lock.LockKey;
import dev.migrator.test.EmbeddedPostgresExtension;
import dev.migrator.test.MigrationFolder;
import dev.migrator.test.TestDatabase;
import dev.migrator.test.TwoReleases;

import static org.assertj.core.api.Assertions.assertThat;

class MigrationsEndpointAutoConfigurationTests {

	@TempDir
	Path directory;

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner().withConfiguration(
			AutoConfigurations.of(MigratorAutoConfiguration.class, MigrationsEndpointAutoConfiguration.class));

	@Test
	void endpointIsAvailableOnlyWhenExposed() {
		TestDatabase db = EmbeddedPostgresExtension.newDatabase();
		new MigrationFolder(this.directory).pair("1_init", "CREATE TABLE t (id int);", "DROP TABLE t;")
			.up("2_more", "DROP TABLE t;");
		ApplicationContextRunner runner = this.contextRunner.withBean(DataSource.class, db::dataSource)
			.withPropertyValues("migrator.locations=filesystem:" + this.directory, "migrator.target=1");
		runner.run((context) -> assertThat(context).doesNotHaveBean(MigrationsEndpoint.class));
		runner.withPropertyValues("management.endpoints.web.exposure.include=migrations").run((context) -> {
			MigrationsEndpoint.MigrationsDescriptor migrations = context.getBean(MigrationsEndpoint.class).migrations();
			assertThat(migrations.version()).isEqualTo(1L);
			assertThat(migrations.dirty()).isFalse();
			assertThat(migrations.pendingCount()).isEqualTo(1);
			assertThat(migrations.applied()).singleElement().satisfies((applied) -> {
				assertThat(applied.description()).isEqualTo("init");
				assertThat(applied.checksum()).hasSize(64);
				assertThat(applied.appliedAt()).isNotNull();
			});
			assertThat(migrations.pending()).singleElement().satisfies((pending) -> assertThat(pending.version())
				.isEqualTo(2L));
			assertThat(migrations.findings()).extracting((finding) -> finding.rule()).contains("drop-table");
			assertThat(migrations.findings()).filteredOn((finding) -> finding.rule().equals("drop-table"))
				.extracting(MigrationsEndpoint.FindingDescriptor::severity)
				.containsOnly("error");
			assertThat(migrations.lockHolder()).isNull();
		});
	}

	@Test
	void endpointOfAnOlderReleaseListsTheVersionsANewerReleaseAppliedAsAhead() {
		TestDatabase db = EmbeddedPostgresExtension.newDatabase();
		TwoReleases releases = TwoReleases.in(this.directory);
		this.contextRunner.withBean(DataSource.class, db::dataSource)
			.withPropertyValues("migrator.locations=" + releases.v2().location())
			.run((context) -> assertThat(context).hasNotFailed());
		this.contextRunner.withBean(DataSource.class, db::dataSource)
			.withPropertyValues("migrator.locations=" + releases.v1().location(),
					"management.endpoints.web.exposure.include=migrations")
			.run((context) -> {
				MigrationsEndpoint.MigrationsDescriptor migrations = context.getBean(MigrationsEndpoint.class)
					.migrations();
				assertThat(migrations.version()).isEqualTo(3L);
				assertThat(migrations.applied()).extracting(AppliedMigration::version).containsExactly(1L, 2L);
				assertThat(migrations.pending()).isEmpty();
				assertThat(migrations.ahead()).singleElement().satisfies((ahead) -> {
					assertThat(ahead.version()).isEqualTo(3L);
					assertThat(ahead.description()).isEqualTo("add_title");
					assertThat(ahead.appliedAt()).isNotNull();
				});
				assertThat(migrations.problems()).isEmpty();
			});
	}

	@Test
	void endpointListsBadlyNamedAndInvalidFilesAsProblems() throws Exception {
		TestDatabase db = EmbeddedPostgresExtension.newDatabase();
		new MigrationFolder(this.directory).up("1_init", "CREATE TABLE t (id int);\n\\i more.sql\n")
			.write("V2__flyway.sql", "SELECT 1;");
		Files.write(this.directory.resolve("3_latin1.up.sql"), "SELECT 'caf\u00e9';".getBytes(StandardCharsets.ISO_8859_1));
		// the files would stop the startup migration: start without migrating
		this.contextRunner.withBean(DataSource.class, db::dataSource)
			.withBean(MigratorMigrationStrategy.class, () -> (migrator) -> {
			})
			.withPropertyValues("migrator.locations=filesystem:" + this.directory,
					"management.endpoints.web.exposure.include=migrations")
			.run((context) -> {
				MigrationsEndpoint.MigrationsDescriptor migrations = context.getBean(MigrationsEndpoint.class)
					.migrations();
				assertThat(migrations.problems()).extracting(Problem::kind)
					.containsExactly(Kind.INVALID_NAME, Kind.INVALID_FILE, Kind.INVALID_FILE);
				assertThat(migrations.problems()).extracting(Problem::message)
					.anySatisfy((message) -> assertThat(message).contains("V2__flyway.sql: not a migration file name"))
					.anySatisfy((message) -> assertThat(message).contains("1_init.up.sql:2:1: psql meta-command \\i"))
					.anySatisfy((message) -> assertThat(message).contains("3_latin1.up.sql: invalid UTF-8"));
			});
	}

	@Test
	void endpointNamesTheSessionHoldingTheMigrationLock() throws Exception {
		TestDatabase db = EmbeddedPostgresExtension.newDatabase();
		new MigrationFolder(this.directory).pair("1_init", "CREATE TABLE t (id int);", "DROP TABLE t;");
		this.contextRunner.withBean(DataSource.class, db::dataSource)
			.withPropertyValues("migrator.locations=filesystem:" + this.directory,
					"management.endpoints.web.exposure.include=migrations")
			.run((context) -> {
				try (Connection holder = db.connect(); Statement statement = holder.createStatement()) {
					statement.execute("SET application_name = 'other-migrator'");
					int pid = pid(statement);
					statement.execute("SELECT pg_advisory_lock("
							+ LockKey.of(new QualifiedName("public", "schema_migrations")) + ")");
					MigrationsEndpoint.MigrationsDescriptor migrations = context.getBean(MigrationsEndpoint.class)
						.migrations();
					assertThat(migrations.lockHolder()).isNotNull();
					assertThat(migrations.lockHolder().pid()).isEqualTo(pid);
					assertThat(migrations.lockHolder().applicationName()).isEqualTo("other-migrator");
				}
			});
	}

	@Test
	void dirtyMigrationIsInProgressWhileASessionHoldsTheLock() throws Exception {
		TestDatabase db = EmbeddedPostgresExtension.newDatabase();
		new MigrationFolder(this.directory).pair("1_init", "CREATE TABLE t (id int);", "DROP TABLE t;");
		this.contextRunner.withBean(DataSource.class, db::dataSource)
			.withPropertyValues("migrator.locations=filesystem:" + this.directory,
					"management.endpoints.web.exposure.include=migrations")
			.run((context) -> {
				db.execute("UPDATE schema_migrations SET dirty = true, statements_done = 0");
				MigrationsEndpoint endpoint = context.getBean(MigrationsEndpoint.class);
				try (Connection holder = db.connect(); Statement statement = holder.createStatement()) {
					statement.execute("SET application_name = 'killed-client'");
					statement.execute("SELECT pg_advisory_lock("
							+ LockKey.of(new QualifiedName("public", "schema_migrations")) + ")");
					assertThat(endpoint.migrations().problems()).singleElement().satisfies((problem) -> {
						assertThat(problem.kind()).isEqualTo(Problem.Kind.IN_PROGRESS);
						assertThat(problem.message()).contains("pid " + pid(statement)).contains("'killed-client'");
					});
				}
				assertThat(endpoint.migrations().problems()).extracting(Problem::kind)
					.containsExactly(Problem.Kind.DIRTY);
			});
	}

	@Test
	void driftIsOffByDefaultAndAnswersNotFound() {
		TestDatabase db = EmbeddedPostgresExtension.newDatabase();
		new MigrationFolder(this.directory).pair("1_init", "CREATE TABLE t (id int);", "DROP TABLE t;");
		this.contextRunner.withBean(DataSource.class, db::dataSource)
			.withPropertyValues("migrator.locations=filesystem:" + this.directory,
					"management.endpoints.web.exposure.include=migrations")
			.run((context) -> assertThat(context.getBean(MigrationsEndpoint.class).drift("drift")).isNull());
	}

	@Test
	void driftOnADevServerListsAnIndexAddedByHand() {
		TestDatabase db = EmbeddedPostgresExtension.newDatabase();
		new MigrationFolder(this.directory).pair("1_init", "CREATE TABLE t (id int);", "DROP TABLE t;");
		this.contextRunner.withBean(DataSource.class, db::dataSource)
			.withPropertyValues("migrator.locations=filesystem:" + this.directory,
					"management.endpoints.web.exposure.include=migrations", "migrator.drift.enabled=true",
					"migrator.drift.dev-url=" + db.url(), "migrator.drift.dev-user=" + db.user())
			.run((context) -> {
				MigrationsEndpoint endpoint = context.getBean(MigrationsEndpoint.class);
				MigrationsEndpoint.DriftDescriptor clean = (MigrationsEndpoint.DriftDescriptor) endpoint.drift("drift");
				assertThat(clean.version()).isEqualTo(1L);
				assertThat(clean.differences()).isEmpty();
				assertThat(clean.cannotCheck()).isEmpty();
				db.execute("CREATE INDEX t_id_idx ON t (id)");
				assertThat(((MigrationsEndpoint.DriftDescriptor) endpoint.drift("drift")).differences()).singleElement()
					.satisfies((difference) -> assertThat(difference)
						.startsWith("index public.t_id_idx exists in the database but not in its migrations"));
				assertThat(endpoint.drift("other")).isNull();
			});
	}

	@Test
	void driftWithoutADevServerReplaysOnAnEmbeddedPostgres() {
		TestDatabase db = EmbeddedPostgresExtension.newDatabase();
		new MigrationFolder(this.directory).pair("1_init", "CREATE TABLE t (id int);", "DROP TABLE t;");
		db.execute("CREATE TABLE by_hand (id int)");
		this.contextRunner.withBean(DataSource.class, db::dataSource)
			.withPropertyValues("migrator.locations=filesystem:" + this.directory,
					"management.endpoints.web.exposure.include=migrations", "migrator.drift.enabled=true")
			.run((context) -> {
				MigrationsEndpoint.DriftDescriptor drift = (MigrationsEndpoint.DriftDescriptor) context.getBean(
					MigrationsEndpoint.class).drift("drift");
				assertThat(drift.version()).isEqualTo(1L);
				assertThat(drift.differences()).anySatisfy((difference) -> assertThat(difference)
					.startsWith("table public.by_hand exists in the database but not in its migrations"));
			});
	}

	@Test
	void driftOfADirtyDatabaseSaysWhyItCannotCheck() {
		TestDatabase db = EmbeddedPostgresExtension.newDatabase();
		new MigrationFolder(this.directory).pair("1_init", "CREATE TABLE t (id int);", "DROP TABLE t;");
		this.contextRunner.withBean(DataSource.class, db::dataSource)
			.withPropertyValues("migrator.locations=filesystem:" + this.directory,
					"management.endpoints.web.exposure.include=migrations", "migrator.drift.enabled=true",
					"migrator.drift.dev-url=" + db.url(), "migrator.drift.dev-user=" + db.user())
			.run((context) -> {
				db.execute("UPDATE schema_migrations SET dirty = true");
				MigrationsEndpoint.DriftDescriptor drift = (MigrationsEndpoint.DriftDescriptor) context.getBean(
					MigrationsEndpoint.class).drift("drift");
				assertThat(drift.version()).isEqualTo(1L);
				assertThat(drift.differences()).isEmpty();
				assertThat(drift.cannotCheck()).singleElement()
					.satisfies((reason) -> assertThat(reason).startsWith("The database is dirty at version 1"));
			});
	}

	private static int pid(Statement statement) throws Exception {
		try (ResultSet result = statement.executeQuery("SELECT pg_backend_pid()")) {
			result.next();
			return result.getInt(1);
		}
	}

}
