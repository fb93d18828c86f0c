package dev.migrator.boot.autoconfigure;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.SchemaManagement;
import org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.migrator.AppliedMigration;
import dev.migrator.LintFailedException;
import dev.migrator.Migrator;
import dev.migrator.MigratorConfig;
import dev.migrator.ValidationException;
import dev.migrator.generate.GeneratedMigration;
import dev.migrator.history.QualifiedName;
import dev.migrator.lock.LockKey;
import dev.migrator.generate.MigrationGenerator;
import dev.migrator.generate.MigrationRequest;
import dev.migrator.lint.Finding;
import dev.migrator.test.EmbeddedPostgresExtension;
import dev.migrator.test.MigrationFolder;
import dev.migrator.test.TestDatabase;
import dev.migrator.test.TwoReleases;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(OutputCaptureExtension.class)
class MigratorAutoConfigurationTests {

	@TempDir
	Path directory;

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(MigratorAutoConfiguration.class));

	@Test
	void backsOffWithNoDataSourceBean() {
		this.contextRunner.run((context) -> assertThat(context).doesNotHaveBean(Migrator.class));
	}

	@Test
	void backsOffWhenDisabled() {
		TestDatabase db = EmbeddedPostgresExtension.newDatabase();
		this.contextRunner.withBean(DataSource.class, db::dataSource)
			.withPropertyValues("migrator.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(Migrator.class)
				.doesNotHaveBean(MigratorInitializer.class));
	}

	@Test
	void backsOffWithoutTheEngineOnTheClasspath() {
		TestDatabase db = EmbeddedPostgresExtension.newDatabase();
		this.contextRunner.withBean(DataSource.class, db::dataSource)
			.withClassLoader(new FilteredClassLoader(Migrator.class))
			.run((context) -> assertThat(context).doesNotHaveBean("migrator"));
	}

	@Test
	void migratesTheDataSourceOnStartup() {
		TestDatabase db = EmbeddedPostgresExtension.newDatabase();
		this.contextRunner.withBean(DataSource.class, db::dataSource)
			.withPropertyValues("migrator.locations=" + folder().location())
			.run((context) -> {
				assertThat(context).hasNotFailed().hasSingleBean(MigratorInitializer.class);
				assertThat(db.tableExists("notes")).isTrue();
				assertThat(context.getBean(Migrator.class).status().version()).isEqualTo(2L);
			});
	}

	@Test
	void jdbcTemplateAndJdbcClientDependOnTheInitializer() {
		TestDatabase db = EmbeddedPostgresExtension.newDatabase();
		this.contextRunner.withBean(DataSource.class, db::dataSource)
			.withConfiguration(
					AutoConfigurations.of(JdbcTemplateAutoConfiguration.class, JdbcClientAutoConfiguration.class))
			.withPropertyValues("migrator.locations=" + folder().location())
			.run((context) -> {
				assertThat(context.getBeanFactory().getBeanDefinition("jdbcTemplate").getDependsOn())
					.contains("migratorInitializer");
				assertThat(context.getBeanFactory().getBeanDefinition("jdbcClient").getDependsOn())
					.contains("migratorInitializer");
				assertThat(context.getBean(JdbcTemplate.class).queryForObject("SELECT count(*) FROM notes", Long.class))
					.isZero();
				assertThat(context.getBean(JdbcClient.class).sql("SELECT count(*) FROM users").query(Long.class).single())
					.isZero();
			});
	}

	@Test
	void migratorDataSourceWinsOverThePrimaryOne() {
		TestDatabase app = EmbeddedPostgresExtension.newDatabase();
		TestDatabase ddl = EmbeddedPostgresExtension.newDatabase();
		this.contextRunner.withUserConfiguration(TwoDataSources.class)
			.withBean("appDb", TestDatabase.class, () -> app)
			.withBean("ddlDb", TestDatabase.class, () -> ddl)
			.withPropertyValues("migrator.locations=" + folder().location())
			.run((context) -> {
				assertThat(ddl.tableExists("notes")).isTrue();
				assertThat(app.tableExists("notes")).isFalse();
			});
	}

	@Test
	void separateUrlIsUsedForMigrations() {
		TestDatabase app = EmbeddedPostgresExtension.newDatabase();
		TestDatabase ddl = EmbeddedPostgresExtension.newDatabase();
		this.contextRunner.withBean(DataSource.class, app::dataSource)
			.withPropertyValues("migrator.locations=" + folder().location(), "migrator.url=" + ddl.url(),
					"migrator.user=" + ddl.user(), "migrator.password=" + ddl.password())
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(ddl.tableExists("notes")).isTrue();
				assertThat(app.tableExists("notes")).isFalse();
			});
	}

	@Test
	void urlAloneIsEnoughWithNoDataSourceBean() {
		TestDatabase ddl = EmbeddedPostgresExtension.newDatabase();
		this.contextRunner
			.withPropertyValues("migrator.locations=" + folder().location(), "migrator.url=" + ddl.url(),
					"migrator.user=" + ddl.user(), "migrator.password=" + ddl.password())
			.run((context) -> {
				assertThat(context).hasSingleBean(Migrator.class);
				assertThat(ddl.tableExists("notes")).isTrue();
			});
	}

	@Test
	void userAloneLogsInToTheApplicationDatabaseAsThatUser() {
		TestDatabase db = EmbeddedPostgresExtension.newDatabase();
		String ddlUser = db.name() + "_ddl";
		db.execute("CREATE ROLE " + ddlUser + " LOGIN PASSWORD 'ddl-secret'; GRANT ALL ON SCHEMA public TO " + ddlUser
				+ "; GRANT CREATE ON DATABASE " + db.name() + " TO " + ddlUser);
		this.contextRunner.withBean(DataSource.class, db::dataSource)
			.withPropertyValues("migrator.locations=" + folder().location(), "migrator.user=" + ddlUser,
					"migrator.password=ddl-secret")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(db.queryColumn("SELECT tableowner FROM pg_tables WHERE tablename = 'notes'"))
					.containsExactly(ddlUser);
				assertThat(db.queryColumn("SELECT DISTINCT applied_by FROM schema_migrations")).containsExactly(ddlUser);
			});
	}

	@Test
	void migrationStrategyReplacesMigrate() {
		TestDatabase db = EmbeddedPostgresExtension.newDatabase();
		AtomicBoolean called = new AtomicBoolean();
		this.contextRunner.withBean(DataSource.class, db::dataSource)
			.withBean(MigratorMigrationStrategy.class, () -> (migrator) -> {
				called.set(true);
				migrator.validate();
			})
			.withPropertyValues("migrator.locations=" + folder().location())
			.run((context) -> {
				assertThat(called).isTrue();
				assertThat(db.tableExists("notes")).isFalse();
			});
	}

	@Test
	void propertiesAreMappedOntoTheEngine() {
		TestDatabase db = EmbeddedPostgresExtension.newDatabase();
		this.contextRunner.withBean(DataSource.class, db::dataSource)
			.withPropertyValues("migrator.locations=" + folder().location(), "migrator.table=history",
					"migrator.schema=ops", "migrator.lock-timeout=5s", "migrator.ddl-lock-timeout=2s",
					"migrator.ddl-lock-retries=7", "migrator.out-of-order=true", "migrator.ignore-ahead=false",
					"migrator.target=1")
			.run((context) -> {
				MigratorConfig config = context.getBean(Migrator.class).config();
				assertThat(config.table()).isEqualTo("history");
				assertThat(config.schema()).isEqualTo("ops");
				assertThat(config.lockTimeout()).isEqualTo(Duration.ofSeconds(5));
				assertThat(config.ddlLockTimeout()).isEqualTo(Duration.ofSeconds(2));
				assertThat(config.ddlLockRetries()).isEqualTo(7);
				assertThat(config.outOfOrder()).isTrue();
				assertThat(config.ignoreAhead()).isFalse();
				assertThat(config.target()).isEqualTo(1L);
				assertThat(db.queryColumn("SELECT max(version) FROM ops.history")).containsExactly("1");
			});
	}

	@Test
	void schemaOfTheMigratedDataSourceIsManaged() {
		TestDatabase db = EmbeddedPostgresExtension.newDatabase();
		DataSource dataSource = db.dataSource();
		this.contextRunner.withBean(DataSource.class, () -> dataSource)
			.withPropertyValues("migrator.locations=" + folder().location())
			.run((context) -> assertThat(context.getBean(MigratorSchemaManagementProvider.class)
				.getSchemaManagement(dataSource)).isEqualTo(SchemaManagement.MANAGED));
	}

	@Test
	void failedMigrationFailsTheStartup() {
		TestDatabase db = EmbeddedPostgresExtension.newDatabase();
		MigrationFolder broken = folder().up("000003_broken", "ALTER TABLE nope ADD COLUMN x int;");
		this.contextRunner.withBean(DataSource.class, db::dataSource)
			.withPropertyValues("migrator.locations=" + broken.location())
			.run((context) -> {
				assertThat(context).hasFailed();
				assertThat(context.getStartupFailure()).hasStackTraceContaining("000003_broken.up.sql:1:1: migration 3 (broken, up) failed: ERROR 42P01");
				assertThat(db.queryColumn("SELECT max(version) FROM schema_migrations")).containsExactly("2");
			});
	}

	@Test
	void olderReleaseStartsAfterANewerOneMigratedUnlessIgnoreAheadIsOff() {
		TestDatabase db = EmbeddedPostgresExtension.newDatabase();
		TwoReleases releases = TwoReleases.in(this.directory);
		this.contextRunner.withBean(DataSource.class, db::dataSource)
			.withPropertyValues("migrator.locations=" + releases.v2().location())
			.run((context) -> assertThat(context).hasNotFailed());
		ApplicationContextRunner olderRelease = this.contextRunner.withBean(DataSource.class, db::dataSource)
			.withPropertyValues("migrator.locations=" + releases.v1().location());
		olderRelease.run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context.getBean(Migrator.class).status().ahead()).extracting(AppliedMigration::version)
				.containsExactly(3L);
		});
		olderRelease.withPropertyValues("migrator.ignore-ahead=false").run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause()
				.isInstanceOf(ValidationException.class)
				.hasMessageContaining("Migration 3 (add_title) was applied by a newer release")
				.hasMessageContaining("migrator.ignore-ahead");
		});
		assertThat(db.queryColumn("SELECT version FROM schema_migrations ORDER BY version")).containsExactly("1", "2",
				"3");
	}

	@Test
	void lintOnStartupFailsBeforeRunningAnUnsafePendingMigration() {
		TestDatabase db = EmbeddedPostgresExtension.newDatabase();
		MigrationFolder folder = folder();
		this.contextRunner.withBean(DataSource.class, db::dataSource)
			.withPropertyValues("migrator.locations=" + folder.location(), "migrator.lint.on-startup=fail")
			.run((context) -> assertThat(context).hasNotFailed());
		// notes now exists, so indexing it without CONCURRENTLY blocks its writers
		MigrationFolder unsafe = folder.up("000003_index_notes", "CREATE INDEX notes_user_idx ON notes (user_id);");
		this.contextRunner.withBean(DataSource.class, db::dataSource)
			.withPropertyValues("migrator.locations=" + unsafe.location(), "migrator.lint.on-startup=fail")
			.run((context) -> {
				assertThat(context).hasFailed();
				assertThat(context.getStartupFailure()).hasStackTraceContaining("[index-not-concurrent]")
					.rootCause()
					.isInstanceOfSatisfying(LintFailedException.class, (ex) -> assertThat(ex.errors())
						.extracting(Finding::rule)
						.containsExactly("index-not-concurrent"));
				assertThat(db.queryColumn("SELECT indexname FROM pg_indexes WHERE indexname = 'notes_user_idx'"))
					.isEmpty();
			});
		this.contextRunner.withBean(DataSource.class, db::dataSource)
			.withPropertyValues("migrator.locations=" + unsafe.location())
			.run((context) -> assertThat(context).hasNotFailed());
	}

	@Test
	void generatorBeanWritesToTheConfiguredFolder() {
		TestDatabase db = EmbeddedPostgresExtension.newDatabase();
		Path output = this.directory.resolve("generated");
		this.contextRunner.withBean(DataSource.class, db::dataSource)
			.withPropertyValues("migrator.locations=" + folder().location(), "migrator.generator.output-dir=" + output,
					"migrator.generator.numbering=timestamp")
			.run((context) -> {
				GeneratedMigration generated = context.getBean(MigrationGenerator.class)
					.generate(MigrationRequest.of("add_tags", "create-table").withTable("tags").withColumns("name:text"));
				assertThat(generated.up().getParent()).isEqualTo(output);
				assertThat(generated.version()).hasSize(14);
			});
	}

	@Test
	void entityManagerFactoryDependsOnTheInitializerAndValidatesTheMigratedSchema() {
		TestDatabase db = EmbeddedPostgresExtension.newDatabase();
		this.contextRunner.withBean(DataSource.class, db::dataSource)
			.withUserConfiguration(NoteEntityScan.class)
			.withConfiguration(AutoConfigurations.of(HibernateJpaAutoConfiguration.class))
			.withPropertyValues("migrator.locations=" + folder().location(), "spring.jpa.hibernate.ddl-auto=validate")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context.getBeanFactory().getBeanDefinition("entityManagerFactory").getDependsOn())
					.contains("migratorInitializer");
			});
	}

	@Test
	void migratorDataSourceThatIsNoDefaultCandidateIsUsedForMigrationsOnly() {
		TestDatabase app = EmbeddedPostgresExtension.newDatabase();
		TestDatabase ddl = EmbeddedPostgresExtension.newDatabase();
		this.contextRunner.withUserConfiguration(NonCandidateMigratorDataSource.class)
			.withBean("appDb", TestDatabase.class, () -> app)
			.withBean("ddlDb", TestDatabase.class, () -> ddl)
			.withConfiguration(AutoConfigurations.of(JdbcTemplateAutoConfiguration.class))
			.withPropertyValues("migrator.locations=" + folder().location())
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(ddl.tableExists("notes")).isTrue();
				assertThat(app.tableExists("notes")).isFalse();
				assertThat(context.getBean(JdbcTemplate.class).getDataSource())
					.isSameAs(context.getBean("dataSource"));
			});
	}

	@Test
	void warnsWhenJpaInitializationIsDeferred(CapturedOutput output) {
		TestDatabase db = EmbeddedPostgresExtension.newDatabase();
		ApplicationContextRunner runner = this.contextRunner.withBean(DataSource.class, db::dataSource)
			.withPropertyValues("migrator.locations=" + folder().location());
		runner.run((context) -> assertThat(output).doesNotContain("defer-datasource-initialization"));
		runner.withPropertyValues("spring.jpa.defer-datasource-initialization=true")
			.run((context) -> assertThat(output)
				.contains("spring.jpa.defer-datasource-initialization=true makes Hibernate initialize the schema"));
	}

	@Test
	void sessionsAreNamedAfterTheApplicationAndPooledConnectionsGetTheirNameBack() {
		TestDatabase db = EmbeddedPostgresExtension.newDatabase();
		MigrationFolder folder = folder().up("000003_record_holder", "CREATE TABLE holder AS SELECT a.application_name"
				+ " FROM pg_catalog.pg_locks l JOIN pg_catalog.pg_stat_activity a ON a.pid = l.pid"
				+ " WHERE l.locktype = 'advisory' AND l.granted;");
		try (HikariDataSource pool = pool(db)) {
			this.contextRunner.withBean(DataSource.class, () -> pool)
				.withPropertyValues("spring.application.name=orders", "migrator.locations=" + folder.location())
				.run((context) -> {
					assertThat(context).hasNotFailed();
					String name = "orders (migrator) on ";
					String pid = " pid " + ProcessHandle.current().pid();
					assertThat(db.queryColumn("SELECT application_name FROM holder")).singleElement()
						.asString()
						.startsWith(name)
						.endsWith(pid);
					assertThat(db.queryColumn("SELECT DISTINCT application_name FROM schema_migrations_log"))
						.singleElement()
						.asString()
						.startsWith(name)
						.endsWith(pid);
					assertThat(new JdbcTemplate(pool).queryForObject("SHOW application_name", String.class))
						.isEqualTo("orders-pool");
				});
		}
	}

	@Test
	void theStartupMigrationSaysWhatItDidOrThatTheSchemaIsUpToDate(CapturedOutput output) {
		TestDatabase db = EmbeddedPostgresExtension.newDatabase();
		ApplicationContextRunner runner = this.contextRunner.withBean(DataSource.class, db::dataSource)
			.withPropertyValues("migrator.locations=" + folder().location());
		runner.run((context) -> assertThat(output).containsPattern("Migrated 2 migrations in \\d+ ms: version none -> 2")
			.doesNotContain("Schema up to date"));
		runner.run((context) -> assertThat(output).contains("Schema up to date at version 2 (2 migrations)"));
	}

	@Test
	void anInstanceThatWaitedForTheLockSaysWhenItGotIt(CapturedOutput output) throws Exception {
		TestDatabase db = EmbeddedPostgresExtension.newDatabase();
		try (Connection other = db.connect(); Statement statement = other.createStatement()) {
			long key = LockKey.of(new QualifiedName("public", MigratorConfig.DEFAULT_TABLE));
			statement.execute("SELECT pg_advisory_lock(" + key + ")");
			Thread release = new Thread(() -> {
				try {
					Thread.sleep(1500);
					statement.execute("SELECT pg_advisory_unlock(" + key + ")");
				}
				catch (Exception ex) {
					throw new IllegalStateException(ex);
				}
			});
			release.start();
			this.contextRunner.withBean(DataSource.class, db::dataSource)
				.withPropertyValues("migrator.locations=" + folder().location())
				.run((context) -> assertThat(context).hasNotFailed());
			release.join();
		}
		assertThat(output).contains("Waiting up to 60 s for the migration lock held by pid ")
			.containsPattern("Got the migration lock after \\d+\\.\\d s")
			.contains("Migrated 2 migrations in ");
	}

	private static HikariDataSource pool(TestDatabase db) {
		HikariDataSource pool = new HikariDataSource();
		pool.setJdbcUrl(db.url());
		pool.setUsername(db.user());
		pool.setPassword(db.password());
		pool.setMaximumPoolSize(1);
		pool.addDataSourceProperty("ApplicationName", "orders-pool");
		return pool;
	}

	private MigrationFolder folder() {
		return new MigrationFolder(this.directory)
			.pair("000001_create_users", "CREATE TABLE users (id bigint PRIMARY KEY);", "DROP TABLE users;")
			.pair("000002_create_notes", "CREATE TABLE notes (id bigint PRIMARY KEY, user_id bigint REFERENCES users);",
					"DROP TABLE notes;");
	}

	@Configuration(proxyBeanMethods = false)
	static class TwoDataSources {

		@Bean
		@Primary
		DataSource dataSource(BeanFactory beans) {
			return beans.getBean("appDb", TestDatabase.class).dataSource();
		}

		@Bean
		@MigratorDataSource
		DataSource migratorDataSource(BeanFactory beans) {
			return beans.getBean("ddlDb", TestDatabase.class).dataSource();
		}

	}

	/** The Boot 4 way: the migration login is no candidate for the application's injection points. */
	@Configuration(proxyBeanMethods = false)
	static class NonCandidateMigratorDataSource {

		@Bean
		DataSource dataSource(BeanFactory beans) {
			return beans.getBean("appDb", TestDatabase.class).dataSource();
		}

		@Bean(defaultCandidate = false)
		@MigratorDataSource
		DataSource migratorDataSource(BeanFactory beans) {
			return beans.getBean("ddlDb", TestDatabase.class).dataSource();
		}

	}

	@Configuration(proxyBeanMethods = false)
	@EntityScan(basePackageClasses = Note.class)
	static class NoteEntityScan {

	}

	/** Mapped onto the table the migrations create; Hibernate's validation fails without it. */
	@Entity
	@Table(name = "notes")
	static class Note {

		@Id
		private Long id;

		private Long userId;

	}

}
