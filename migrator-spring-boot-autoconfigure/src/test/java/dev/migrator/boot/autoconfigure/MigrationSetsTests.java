package dev.migrator.boot.autoconfigure;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.sql.DataSource;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.JdbcTemplate;

import dev.migrator.MigrationFailedException;
import dev.migrator.Migrators;
import dev.migrator.SetFailedException;
import dev.migrator.boot.actuate.endpoint.MigrationsEndpoint;
import dev.migrator.boot.actuate.endpoint.MigrationsEndpointAutoConfiguration;
import dev.migrator.boot.health.MigratorHealthContributorAutoConfiguration;
import dev.migrator.boot.health.MigratorHealthIndicator;
import dev.migrator.boot.metrics.MigratorMetricsAutoConfiguration;
import dev.migrator.test.EmbeddedPostgresExtension;
import dev.migrator.test.MigrationFolder;
import dev.migrator.test.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Several migration sets on the application's DataSource: {@code migrator.sets.*} and the
 * sets libraries ship, at startup, in the endpoint, the health and the metrics.
 */
class MigrationSetsTests {

	@TempDir
	Path directory;

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(MigratorAutoConfiguration.class, JdbcTemplateAutoConfiguration.class,
				MigrationsEndpointAutoConfiguration.class, MigratorHealthContributorAutoConfiguration.class))
		.withPropertyValues("management.endpoints.web.exposure.include=migrations");

	@Test
	void setsOfThePropertiesMigrateAtStartupBeforeAndAfterTheApplicationsSet() throws IOException {
		TestDatabase db = EmbeddedPostgresExtension.newDatabase();
		this.contextRunner.withBean(DataSource.class, db::dataSource)
			.withPropertyValues(threeSets())
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context.getBean(Migrators.class).names()).containsExactly("river", "app", "audit");
				// each set's migration references the table of the set before it
				assertThat(db.queryColumn("SELECT version || ':' || dirty FROM schema_migrations_river"))
					.containsExactly("1:false");
				assertThat(db.queryColumn("SELECT version || ':' || dirty FROM schema_migrations"))
					.containsExactly("1:false");
				assertThat(db.queryColumn("SELECT version || ':' || dirty FROM audit_history"))
					.containsExactly("1:false");
				assertThat(context.getBean(JdbcTemplate.class).queryForObject("SELECT count(*) FROM audit_log", Long.class))
					.isZero();
			});
	}

	@Test
	void endpointNestsTheSetsByNameInTheOrderTheyRun() throws IOException {
		TestDatabase db = EmbeddedPostgresExtension.newDatabase();
		this.contextRunner.withBean(DataSource.class, db::dataSource)
			.withPropertyValues(threeSets())
			.run((context) -> {
				JsonNode json = JsonMapper.builder().build().valueToTree(context.getBean(MigrationsEndpoint.class).read());
				assertThat(json.propertyNames()).containsExactly("sets");
				assertThat(json.get("sets").propertyNames()).containsExactly("river", "app", "audit");
				assertThat(json.get("sets").get("audit").get("version").asLong()).isEqualTo(1);
				assertThat(json.get("sets").get("audit").get("applied").get(0).get("description").asString())
					.isEqualTo("audit_log");
				assertThat(json.get("sets").get("app").propertyNames()).containsExactly("version", "dirty",
						"pendingCount", "applied", "pending", "ahead", "problems", "findings", "lockHolder");
			});
	}

	@Test
	void endpointOfTheApplicationsSetAloneKeepsTheSingleSetShape() throws IOException {
		TestDatabase db = EmbeddedPostgresExtension.newDatabase();
		folder("app").up("1_notes", "CREATE TABLE notes (id int);");
		this.contextRunner.withBean(DataSource.class, db::dataSource)
			.withPropertyValues("migrator.locations=filesystem:" + this.directory.resolve("app"))
			.run((context) -> {
				MigrationsEndpoint endpoint = context.getBean(MigrationsEndpoint.class);
				JsonNode json = JsonMapper.builder().build().valueToTree(endpoint.read());
				assertThat(json).isEqualTo(JsonMapper.builder().build().valueToTree(endpoint.migrations()));
				assertThat(json.propertyNames()).startsWith("version").doesNotContain("sets");
			});
	}

	@Test
	void healthHasOneComponentPerSet() throws IOException {
		TestDatabase db = EmbeddedPostgresExtension.newDatabase();
		this.contextRunner.withBean(DataSource.class, db::dataSource)
			.withPropertyValues(threeSets())
			.run((context) -> {
				db.execute("UPDATE schema_migrations_river SET dirty = true");
				CompositeHealthContributor health = context.getBean("migratorHealthContributor",
						CompositeHealthContributor.class);
				assertThat(health.stream().map((contributor) -> contributor.name())).containsExactly("river", "app",
						"audit");
				assertThat(((HealthIndicator) health.getContributor("river")).health().getStatus())
					.isEqualTo(Status.DOWN);
				assertThat(((HealthIndicator) health.getContributor("app")).health().getStatus()).isEqualTo(Status.UP);
				assertThat(((HealthIndicator) health.getContributor("audit")).health().getStatus())
					.isEqualTo(Status.UP);
			});
	}

	@Test
	void healthOfTheApplicationsSetAloneIsOneIndicator() throws IOException {
		TestDatabase db = EmbeddedPostgresExtension.newDatabase();
		folder("app").up("1_notes", "CREATE TABLE notes (id int);");
		this.contextRunner.withBean(DataSource.class, db::dataSource)
			.withPropertyValues("migrator.locations=filesystem:" + this.directory.resolve("app"))
			.run((context) -> assertThat(context.getBean("migratorHealthContributor"))
				.isInstanceOf(MigratorHealthIndicator.class));
	}

	@Test
	void metersAreTaggedWithTheirSet() throws IOException {
		TestDatabase db = EmbeddedPostgresExtension.newDatabase();
		this.contextRunner.withBean(DataSource.class, db::dataSource)
			.withConfiguration(AutoConfigurations.of(MigratorMetricsAutoConfiguration.class))
			.withBean(MeterRegistry.class, SimpleMeterRegistry::new)
			.withPropertyValues(threeSets())
			.run((context) -> {
				MeterRegistry registry = context.getBean(MeterRegistry.class);
				for (String set : new String[] { "river", "app", "audit" }) {
					assertThat(registry.get("migrator.migrations")
						.tags("set", set, "direction", "up", "outcome", "success")
						.counter()
						.count()).isEqualTo(1);
					assertThat(registry.get("migrator.migration.duration").tag("set", set).timer().count()).isEqualTo(1);
				}
				db.execute("DELETE FROM audit_history");
				assertThat(registry.get("migrator.version").tag("set", "river").gauge().value()).isEqualTo(1);
				assertThat(registry.get("migrator.pending").tag("set", "audit").gauge().value()).isEqualTo(1);
				assertThat(registry.get("migrator.pending").tag("set", "app").gauge().value()).isZero();
			});
	}

	@Test
	void aFailingSetFailsTheStartupNamingItAndTheSetsBeforeItStayApplied() throws IOException {
		TestDatabase db = EmbeddedPostgresExtension.newDatabase();
		folder("app").up("1_notes", "CREATE TABLE notes (id int);");
		folder("audit").up("1_audit_log", "CREATE TABLE audit_log (id int);")
			.up("2_broken", "ALTER TABLE missing ADD COLUMN x int;");
		this.contextRunner.withBean(DataSource.class, db::dataSource)
			.withPropertyValues("migrator.locations=filesystem:" + this.directory.resolve("app"),
					"migrator.sets.audit.locations=filesystem:" + this.directory.resolve("audit"))
			.run((context) -> {
				assertThat(context).hasFailed();
				assertThat(context.getStartupFailure()).rootCause().isInstanceOf(org.postgresql.util.PSQLException.class);
				SetFailedException failure = findSetFailure(context.getStartupFailure());
				assertThat(failure.setName()).isEqualTo("audit");
				assertThat(failure.getCause()).isInstanceOf(MigrationFailedException.class)
					.hasMessageContaining("2_broken.up.sql");
			});
		assertThat(db.queryColumn("SELECT version || ':' || dirty FROM schema_migrations")).containsExactly("1:false");
		assertThat(db.queryColumn("SELECT version || ':' || dirty FROM schema_migrations_audit"))
			.containsExactly("1:false");
		assertThat(db.tableExists("audit_log")).isTrue();
	}

	@Test
	void aLibrarySetRunsUnlessAPropertyDisablesIt() throws Exception {
		Path jar = this.directory.resolve("library");
		Files.createDirectories(jar.resolve("META-INF/migrator/sets/river"));
		Files.writeString(jar.resolve("META-INF/migrator/sets.properties"), "sets=river\n");
		Files.writeString(jar.resolve("META-INF/migrator/sets/river/set.properties"), "order=before\n");
		Files.writeString(jar.resolve("META-INF/migrator/sets/river/001_river_jobs.up.sql"),
				"CREATE TABLE river_jobs (id int);");
		folder("app").up("1_notes", "CREATE TABLE notes (id int);");
		ApplicationContextRunner runner = this.contextRunner
			.withClassLoader(new URLClassLoader(new URL[] { jar.toUri().toURL() }, getClass().getClassLoader()))
			.withPropertyValues("migrator.locations=filesystem:" + this.directory.resolve("app"));
		TestDatabase disabled = EmbeddedPostgresExtension.newDatabase();
		runner.withBean(DataSource.class, disabled::dataSource)
			.withPropertyValues("migrator.sets.river.enabled=false")
			.run((context) -> {
				assertThat(context.getBean(Migrators.class).names()).containsExactly("app");
				assertThat(disabled.tableExists("river_jobs")).isFalse();
			});
		TestDatabase enabled = EmbeddedPostgresExtension.newDatabase();
		runner.withBean(DataSource.class, enabled::dataSource).run((context) -> {
			assertThat(context.getBean(Migrators.class).names()).containsExactly("river", "app");
			assertThat(enabled.queryColumn("SELECT version FROM schema_migrations_river")).containsExactly("1");
			assertThat(enabled.tableExists("river_jobs")).isTrue();
		});
	}

	/** river before the application's set, audit after it in a table of its own, each building on the one before. */
	private String[] threeSets() throws IOException {
		folder("river").up("1_river_jobs",
				"CREATE TABLE river_jobs (id int PRIMARY KEY);");
		folder("app").up("1_notes",
				"CREATE TABLE notes (id int PRIMARY KEY, job_id int REFERENCES river_jobs);");
		folder("audit").up("1_audit_log",
				"CREATE TABLE audit_log (note_id int REFERENCES notes);");
		return new String[] { "migrator.locations=filesystem:" + this.directory.resolve("app"),
				"migrator.sets.audit.locations=filesystem:" + this.directory.resolve("audit"),
				"migrator.sets.audit.table=audit_history",
				"migrator.sets.river.locations=filesystem:" + this.directory.resolve("river"),
				"migrator.sets.river.order=before" };
	}

	private MigrationFolder folder(String name) throws IOException {
		return new MigrationFolder(Files.createDirectories(this.directory.resolve(name)));
	}

	private static SetFailedException findSetFailure(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof SetFailedException set) {
				return set;
			}
		}
		throw new AssertionError("no SetFailedException in " + failure);
	}

}
