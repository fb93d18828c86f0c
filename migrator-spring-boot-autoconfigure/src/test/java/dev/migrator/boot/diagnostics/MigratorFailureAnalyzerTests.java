package dev.migrator.boot.diagnostics;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

import dev.migrator.BaselineRefusedException;
import dev.migrator.DirtyDatabaseException;
import dev.migrator.MigrationFailedException;
import dev.migrator.LockTimeoutException;
import dev.migrator.MigrationStep;
import dev.migrator.Migrator;
import dev.migrator.MigratorConfig;
import dev.migrator.Operation;
import dev.migrator.Problem;
import dev.migrator.ValidationException;
import dev.migrator.boot.autoconfigure.MigratorAutoConfiguration;
import dev.migrator.boot.autoconfigure.MigratorDataSource;
import dev.migrator.boot.autoconfigure.MigratorMigrationStrategy;
import dev.migrator.lock.LockHolder;
import dev.migrator.source.Direction;
import dev.migrator.test.EmbeddedPostgresExtension;
import dev.migrator.test.MigrationFolder;
import dev.migrator.test.TestDatabase;
import dev.migrator.test.TwoReleases;

import static org.assertj.core.api.Assertions.assertThat;

class MigratorFailureAnalyzerTests {

	private final MigratorFailureAnalyzer analyzer = new MigratorFailureAnalyzer();

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(MigratorAutoConfiguration.class));

	@TempDir
	Path directory;

	@Test
	void failedSetIsNamedWithWhatItsOwnErrorSays() throws Exception {
		TestDatabase db = EmbeddedPostgresExtension.newDatabase();
		MigrationFolder app = new MigrationFolder(Files.createDirectories(this.directory.resolve("app")))
			.up("000001_create_notes", "CREATE TABLE notes (id bigint PRIMARY KEY);");
		MigrationFolder audit = new MigrationFolder(Files.createDirectories(this.directory.resolve("audit")))
			.up("000001_create_audit_log", "CREATE TABLE audit_log (id bigint);\nCREATE INDEX ON audit_log (at);");
		this.contextRunner.withBean(DataSource.class, db::dataSource)
			.withPropertyValues("migrator.locations=" + app.location(), "migrator.sets.audit.locations=" + audit.location())
			.run((context) -> {
				FailureAnalysis analysis = this.analyzer.analyze(context.getStartupFailure());
				assertThat(analysis.getDescription()).startsWith("Migration set 'audit' failed")
					.contains("000001_create_audit_log.up.sql:2");
				assertThat(analysis.getAction()).startsWith("Fix the migration file and restart.");
			});
	}

	@Test
	void failedInstanceIsNamedWithItsSetAndACliCommandThatReachesThatSet() throws Exception {
		TestDatabase app = EmbeddedPostgresExtension.newDatabase();
		TestDatabase orders = EmbeddedPostgresExtension.newDatabase();
		MigrationFolder appFolder = new MigrationFolder(Files.createDirectories(this.directory.resolve("app")))
			.up("000001_create_notes", "CREATE TABLE notes (id bigint PRIMARY KEY);");
		MigrationFolder ordersFolder = new MigrationFolder(Files.createDirectories(this.directory.resolve("orders")))
			.up("000001_create_orders", "CREATE TABLE orders (id bigint PRIMARY KEY);");
		MigrationFolder audit = new MigrationFolder(Files.createDirectories(this.directory.resolve("orders audit")))
			.up("000001_index_orders", "-- migrator:no-transaction\n"
					+ "CREATE INDEX CONCURRENTLY orders_id_idx ON orders (id);\n"
					+ "CREATE INDEX CONCURRENTLY orders_total_idx ON orders (total);");
		this.contextRunner.withUserConfiguration(TwoDataSources.class)
			.withBean("appDb", TestDatabase.class, () -> app)
			.withBean("ordersDb", TestDatabase.class, () -> orders)
			.withPropertyValues("migrator.locations=" + appFolder.location(),
					"migrator.instances.orders.locations=" + ordersFolder.location(),
					"migrator.instances.orders.sets.audit.locations=" + audit.location())
			.run((context) -> {
				FailureAnalysis analysis = this.analyzer.analyze(context.getStartupFailure());
				assertThat(analysis.getDescription())
					.startsWith("Migrator instance 'orders', migration set 'audit', failed")
					.contains("000001_index_orders.up.sql:3")
					.contains("left dirty");
				assertThat(analysis.getAction()).contains("A restart alone refuses")
					.contains(" up --resume`")
					.contains("--url " + orders.url())
					.contains("--table schema_migrations_audit")
					.contains("--locations '" + audit.location() + "'")
					.doesNotContain("--password");
			});
		// the action's options reach the dirty set: a resume with them finishes it
		audit.up("000001_index_orders", "-- migrator:no-transaction\n"
				+ "CREATE INDEX CONCURRENTLY orders_id_idx ON orders (id);\n"
				+ "CREATE INDEX CONCURRENTLY orders_total_idx ON orders (id);");
		new Migrator(MigratorConfig.builder()
			.url(orders.url(), orders.user(), orders.password())
			.table("schema_migrations_audit")
			.locations(audit.location())
			.build()).run(Operation.migrate().resuming());
		assertThat(orders.queryColumn("SELECT version || ':' || dirty FROM schema_migrations_audit"))
			.containsExactly("1:false");
	}

	@Test
	void failedDefaultInstanceIsNamedWhenFurtherInstancesAreConfigured() throws Exception {
		TestDatabase app = EmbeddedPostgresExtension.newDatabase();
		TestDatabase orders = EmbeddedPostgresExtension.newDatabase();
		MigrationFolder appFolder = new MigrationFolder(Files.createDirectories(this.directory.resolve("app")))
			.up("000001_create_notes", "CREATE TABLE notes (id bigint PRIMARY KEY);\nCREATE INDEX ON notes (title);");
		MigrationFolder ordersFolder = new MigrationFolder(Files.createDirectories(this.directory.resolve("orders")))
			.up("000001_create_orders", "CREATE TABLE orders (id bigint PRIMARY KEY);");
		this.contextRunner.withUserConfiguration(TwoDataSources.class)
			.withBean("appDb", TestDatabase.class, () -> app)
			.withBean("ordersDb", TestDatabase.class, () -> orders)
			.withPropertyValues("migrator.locations=" + appFolder.location(),
					"migrator.instances.orders.locations=" + ordersFolder.location())
			.run((context) -> {
				FailureAnalysis analysis = this.analyzer.analyze(context.getStartupFailure());
				assertThat(analysis.getDescription())
					.startsWith("Migrator instance 'default', migration set 'app', failed")
					.contains("000001_create_notes.up.sql:2");
				assertThat(analysis.getAction()).startsWith("Fix the migration file and restart.")
					.contains("--url " + app.url())
					.contains("--table schema_migrations ");
			});
		assertThat(orders.queryColumn("SELECT to_regclass('orders')::text")).containsOnlyNulls();
	}

	@Test
	void failedTransactionalMigrationIsFixedByEditingTheFileAndRestarting() {
		TestDatabase db = EmbeddedPostgresExtension.newDatabase();
		MigrationFolder folder = new MigrationFolder(this.directory).up("000001_create_notes",
				"CREATE TABLE notes (id bigint PRIMARY KEY);\nCREATE INDEX notes_title_idx ON notes (title);");
		ApplicationContextRunner app = this.contextRunner.withBean(DataSource.class, db::dataSource)
			.withPropertyValues("migrator.locations=" + folder.location());
		app.run((context) -> {
			FailureAnalysis analysis = this.analyzer.analyze(context.getStartupFailure());
			assertThat(analysis.getDescription()).contains("000001_create_notes.up.sql:2").contains("unchanged and clean");
			assertThat(analysis.getAction()).startsWith("Fix the migration file and restart.");
		});
		folder.up("000001_create_notes", "CREATE TABLE notes (id bigint PRIMARY KEY, title text);\n"
				+ "CREATE INDEX notes_title_idx ON notes (title);");
		app.run((context) -> assertThat(context).hasNotFailed());
		assertThat(db.queryColumn("SELECT version || ':' || dirty FROM schema_migrations")).containsExactly("1:false");
	}

	@Test
	void failedNonTransactionalMigrationNamesAResumeThatWorksForABootApplication() {
		TestDatabase db = EmbeddedPostgresExtension.newDatabase();
		MigrationFolder folder = new MigrationFolder(this.directory)
			.up("000001_create_notes", "CREATE TABLE notes (id bigint PRIMARY KEY, title text);")
			.up("000002_index_notes", "-- migrator:no-transaction\n"
					+ "CREATE INDEX CONCURRENTLY notes_id_idx ON notes (id);\n"
					+ "CREATE INDEX CONCURRENTLY notes_title_idx ON notes (titel);");
		ApplicationContextRunner app = this.contextRunner.withBean(DataSource.class, db::dataSource)
			.withPropertyValues("migrator.locations=" + folder.location());
		app.run((context) -> {
			FailureAnalysis analysis = this.analyzer.analyze(context.getStartupFailure());
			assertThat(analysis.getDescription()).contains("000002_index_notes.up.sql:3").contains("left dirty");
			assertThat(analysis.getAction()).contains("A restart alone refuses")
				.contains("`migrator up --resume`")
				.contains("migrator.run(Operation.migrate().resuming())");
		});
		app.run((context) -> assertThat(this.analyzer.analyze(context.getStartupFailure()).getAction())
			.contains("A restart alone refuses"));
		folder.up("000002_index_notes", "-- migrator:no-transaction\n"
				+ "CREATE INDEX CONCURRENTLY notes_id_idx ON notes (id);\n"
				+ "CREATE INDEX CONCURRENTLY notes_title_idx ON notes (title);");
		ApplicationContextRunner resuming = app.withBean(MigratorMigrationStrategy.class,
				() -> (migrator) -> migrator.run(Operation.migrate().resuming()));
		resuming.run((context) -> assertThat(context).hasNotFailed());
		resuming.run((context) -> assertThat(context).as("a resume with nothing dirty runs as migrate").hasNotFailed());
		assertThat(db.queryColumn("SELECT version || ':' || dirty FROM schema_migrations ORDER BY 1"))
			.containsExactly("1:false", "2:false");
		assertThat(db.queryColumn("SELECT indexname FROM pg_indexes WHERE tablename = 'notes' ORDER BY 1"))
			.containsExactly("notes_id_idx", "notes_pkey", "notes_title_idx");
	}

	@Test
	void failedMigrationIsDescribedWithPositionServerMessageStateAndAction() {
		MigrationFailedException failure = new MigrationFailedException(
				new MigrationStep(3, "add_rating", Direction.UP, "classpath:db/migrations/000003_add_rating.up.sql"),
				"classpath:db/migrations/000003_add_rating.up.sql", 4, 13, "42P01", "relation \"nope\" does not exist",
				"Its transaction was rolled back: the database is unchanged and clean.", false, null);
		FailureAnalysis analysis = this.analyzer.analyze(new IllegalStateException("wrapped", failure));
		assertThat(analysis.getDescription()).contains("000003_add_rating.up.sql:4:13")
			.contains("ERROR 42P01: relation \"nope\" does not exist")
			.contains("unchanged and clean");
		assertThat(analysis.getAction()).contains("Fix the migration file");
	}

	@Test
	void dirtyDatabaseSaysWhatToDo() {
		FailureAnalysis analysis = this.analyzer
			.analyze(new DirtyDatabaseException(2, "run `force 2` or `up --resume`"));
		assertThat(analysis.getDescription()).contains("dirty at version 2").contains("force 2");
		assertThat(analysis.getAction()).contains("up --resume");
	}

	@Test
	void validationFailureListsTheProblemsAndSaysNothingRan() {
		FailureAnalysis analysis = this.analyzer.analyze(new ValidationException(List.of(new Problem(
				Problem.Kind.CHECKSUM_MISMATCH, 2L, "000002_create_notes.up.sql changed after it was applied"))));
		assertThat(analysis.getDescription()).contains("000002_create_notes.up.sql changed after it was applied");
		assertThat(analysis.getAction()).contains("nothing was run");
	}

	@Test
	void olderReleaseRefusedForVersionsAheadIsToldAboutIgnoreAhead() {
		TestDatabase db = EmbeddedPostgresExtension.newDatabase();
		TwoReleases releases = TwoReleases.in(this.directory);
		ApplicationContextRunner app = this.contextRunner.withBean(DataSource.class, db::dataSource);
		app.withPropertyValues("migrator.locations=" + releases.v2().location())
			.run((context) -> assertThat(context).hasNotFailed());
		app.withPropertyValues("migrator.locations=" + releases.v1().location(), "migrator.ignore-ahead=false")
			.run((context) -> {
				FailureAnalysis analysis = this.analyzer.analyze(context.getStartupFailure());
				assertThat(analysis.getDescription()).contains("Migration 3 (add_title) was applied by a newer release");
				assertThat(analysis.getAction()).startsWith("This application is an older release")
					.contains("migrator.ignore-ahead=true");
			});
	}

	@Test
	void lockTimeoutNamesTheHolderAndTheSetting() {
		LockHolder holder = new LockHolder(4242, "migrator", "10.0.0.7", Instant.parse("2026-01-01T00:00:00Z"),
				"active", "CREATE INDEX CONCURRENTLY notes_title_idx ON notes (title)");
		FailureAnalysis analysis = this.analyzer
			.analyze(new LockTimeoutException(Duration.ofSeconds(60), holder));
		assertThat(analysis.getDescription()).contains("pid 4242").contains("CREATE INDEX CONCURRENTLY");
		assertThat(analysis.getAction()).contains("migrator.lock-timeout");
	}

	@Test
	void anyOtherRefusalIsDescribedByItsMessage() {
		BaselineRefusedException refused = new BaselineRefusedException(3, 2, 2L);
		FailureAnalysis analysis = this.analyzer.analyze(new IllegalStateException("wrapped", refused));
		assertThat(analysis.getDescription()).isEqualTo(refused.getMessage());
		assertThat(analysis.getAction()).isEqualTo("Check the database and the migration files.");
	}

	@Configuration(proxyBeanMethods = false)
	static class TwoDataSources {

		@Bean
		@Primary
		DataSource dataSource(BeanFactory beans) {
			return beans.getBean("appDb", TestDatabase.class).dataSource();
		}

		@Bean
		@MigratorDataSource("orders")
		DataSource ordersDataSource(BeanFactory beans) {
			return beans.getBean("ordersDb", TestDatabase.class).dataSource();
		}

	}

}
