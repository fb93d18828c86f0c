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

import org.springframework.beans.factory.BeanFactory;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.jdbc.SchemaManagement;
import org.springframework.boot.jdbc.SchemaManagementProvider;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;

import dev.migrator.boot.actuate.endpoint.MigrationsEndpoint;
import dev.migrator.boot.actuate.endpoint.MigrationsEndpointAutoConfiguration;
import dev.migrator.boot.health.MigratorHealthContributorAutoConfiguration;
import dev.migrator.boot.metrics.MigratorMetricsAutoConfiguration;
import dev.migrator.test.EmbeddedPostgresExtension;
import dev.migrator.test.MigrationFolder;
import dev.migrator.test.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Further databases, {@code migrator.instances.*}, each with its own migration sets, on two
 * embedded databases.
 */
class MigratorInstancesTests {

	@TempDir
	Path directory;

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(MigratorAutoConfiguration.class, JdbcTemplateAutoConfiguration.class,
				MigrationsEndpointAutoConfiguration.class, MigratorHealthContributorAutoConfiguration.class))
		.withPropertyValues("management.endpoints.web.exposure.include=migrations");

	@Test
	void twoDataSourcesEachWithTheirSetsAreMigratedBeforeTheirJdbcTemplates() throws IOException {
		TestDatabase app = EmbeddedPostgresExtension.newDatabase();
		TestDatabase orders = EmbeddedPostgresExtension.newDatabase();
		this.contextRunner.withUserConfiguration(TwoDataSources.class)
			.withBean("appDb", TestDatabase.class, () -> app)
			.withBean("ordersDb", TestDatabase.class, () -> orders)
			.withPropertyValues(twoInstances())
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context.getBean(MigratorInstances.class).names()).containsExactly("default", "orders");
				assertThat(context.getBeanFactory().getBeanDefinition("ordersJdbcTemplate").getDependsOn())
					.contains("migratorInitializer");
				assertThat(app.queryColumn("SELECT version FROM schema_migrations")).containsExactly("1");
				assertThat(app.tableExists("orders")).isFalse();
				assertThat(orders.queryColumn("SELECT version FROM orders_history")).containsExactly("1");
				assertThat(orders.queryColumn("SELECT version FROM schema_migrations_audit")).containsExactly("1");
				assertThat(orders.tableExists("notes")).isFalse();
				assertThat(context.getBean("ordersJdbcTemplate", JdbcTemplate.class)
					.queryForObject("SELECT count(*) FROM order_audit", Long.class)).isZero();
			});
	}

	@Test
	void anInstanceMayHaveAUrlOfItsOwn() throws IOException {
		TestDatabase app = EmbeddedPostgresExtension.newDatabase();
		TestDatabase orders = EmbeddedPostgresExtension.newDatabase();
		this.contextRunner.withBean(DataSource.class, app::dataSource)
			.withPropertyValues(twoInstances())
			.withPropertyValues("migrator.instances.orders.url=" + orders.url(),
					"migrator.instances.orders.user=" + orders.user(),
					"migrator.instances.orders.password=" + orders.password())
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(orders.queryColumn("SELECT version FROM orders_history")).containsExactly("1");
				assertThat(orders.tableExists("order_audit")).isTrue();
			});
	}

	@Test
	void endpointAndHealthNestTheInstancesThenTheirSets() throws IOException {
		TestDatabase app = EmbeddedPostgresExtension.newDatabase();
		TestDatabase orders = EmbeddedPostgresExtension.newDatabase();
		this.contextRunner.withUserConfiguration(TwoDataSources.class)
			.withBean("appDb", TestDatabase.class, () -> app)
			.withBean("ordersDb", TestDatabase.class, () -> orders)
			.withPropertyValues(twoInstances())
			.run((context) -> {
				JsonNode json = JsonMapper.builder().build().valueToTree(context.getBean(MigrationsEndpoint.class).read());
				assertThat(json.propertyNames()).containsExactly("instances");
				assertThat(json.get("instances").propertyNames()).containsExactly("default", "orders");
				assertThat(json.get("instances").get("default").get("version").asLong()).isEqualTo(1);
				assertThat(json.get("instances").get("orders").get("sets").propertyNames()).containsExactly("app",
						"audit");
				orders.execute("UPDATE schema_migrations_audit SET dirty = true");
				CompositeHealthContributor health = context.getBean("migratorHealthContributor",
						CompositeHealthContributor.class);
				assertThat(((HealthIndicator) health.getContributor("default")).health().getStatus())
					.isEqualTo(Status.UP);
				CompositeHealthContributor ordersHealth = (CompositeHealthContributor) health.getContributor("orders");
				assertThat(((HealthIndicator) ordersHealth.getContributor("app")).health().getStatus())
					.isEqualTo(Status.UP);
				assertThat(((HealthIndicator) ordersHealth.getContributor("audit")).health().getStatus())
					.isEqualTo(Status.DOWN);
			});
	}

	/** The orders database's two sets are replayed together: the audit table is no drift of the orders set. */
	@Test
	void driftNestsTheInstancesAndListsAHandMadeIndexOnceForTheDatabaseWithTwoSets() throws IOException {
		TestDatabase app = EmbeddedPostgresExtension.newDatabase();
		TestDatabase orders = EmbeddedPostgresExtension.newDatabase();
		this.contextRunner.withUserConfiguration(TwoDataSources.class)
			.withBean("appDb", TestDatabase.class, () -> app)
			.withBean("ordersDb", TestDatabase.class, () -> orders)
			.withPropertyValues(twoInstances())
			.withPropertyValues("migrator.drift.enabled=true", "migrator.drift.dev-url=" + app.url(),
					"migrator.drift.dev-user=" + app.user())
			.run((context) -> {
				orders.execute("CREATE INDEX order_audit_order_id_idx ON order_audit (order_id)");
				JsonNode json = JsonMapper.builder()
					.build()
					.valueToTree(context.getBean(MigrationsEndpoint.class).drift("drift"));
				assertThat(json.propertyNames()).containsExactly("instances");
				assertThat(json.get("instances").propertyNames()).containsExactly("default", "orders");
				JsonNode application = json.get("instances").get("default");
				assertThat(application.propertyNames()).containsExactly("version", "differences", "cannotCheck");
				assertThat(application.get("version").asLong()).isEqualTo(1);
				assertThat(application.get("differences")).isEmpty();
				JsonNode ordersDrift = json.get("instances").get("orders");
				assertThat(ordersDrift.get("versions").propertyNames()).containsExactly("app", "audit");
				assertThat(ordersDrift.get("cannotCheck")).isEmpty();
				assertThat(ordersDrift.get("differences")).singleElement()
					.satisfies((difference) -> assertThat(difference.asString()).startsWith(
							"index public.order_audit_order_id_idx exists in the database but not in its migrations"));
			});
	}

	@Test
	void metersAreTaggedWithTheirInstanceAndSet() throws IOException {
		TestDatabase app = EmbeddedPostgresExtension.newDatabase();
		TestDatabase orders = EmbeddedPostgresExtension.newDatabase();
		this.contextRunner.withUserConfiguration(TwoDataSources.class)
			.withConfiguration(AutoConfigurations.of(MigratorMetricsAutoConfiguration.class))
			.withBean(MeterRegistry.class, SimpleMeterRegistry::new)
			.withBean("appDb", TestDatabase.class, () -> app)
			.withBean("ordersDb", TestDatabase.class, () -> orders)
			.withPropertyValues(twoInstances())
			.run((context) -> {
				MeterRegistry registry = context.getBean(MeterRegistry.class);
				for (String[] tags : new String[][] { { "default", "app" }, { "orders", "app" }, { "orders", "audit" } }) {
					assertThat(registry.get("migrator.migrations")
						.tags("instance", tags[0], "set", tags[1], "outcome", "success")
						.counter()
						.count()).isEqualTo(1);
					assertThat(registry.get("migrator.version").tags("instance", tags[0], "set", tags[1]).gauge().value())
						.isEqualTo(1);
				}
				orders.execute("DELETE FROM schema_migrations_audit");
				assertThat(registry.get("migrator.pending").tags("instance", "orders", "set", "audit").gauge().value())
					.isEqualTo(1);
				assertThat(registry.get("migrator.pending").tags("instance", "default", "set", "app").gauge().value())
					.isZero();
			});
	}

	@Test
	void anInstanceWithoutADataSourceFailsTheStartupSayingSo() {
		TestDatabase app = EmbeddedPostgresExtension.newDatabase();
		this.contextRunner.withBean(DataSource.class, app::dataSource)
			.withPropertyValues("migrator.instances.orders.locations=filesystem:" + this.directory)
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining("Migrator instance 'orders' needs one DataSource")
				.hasMessageContaining("@MigratorDataSource(\"orders\")"));
	}

	@Test
	void anInstanceRunsALibrarySetOnlyWhenItNamesIt() throws Exception {
		TestDatabase app = EmbeddedPostgresExtension.newDatabase();
		TestDatabase orders = EmbeddedPostgresExtension.newDatabase();
		TestDatabase reports = EmbeddedPostgresExtension.newDatabase();
		this.contextRunner.withClassLoader(libraryShipping("river", "CREATE TABLE river_jobs (id int);"))
			.withBean(DataSource.class, app::dataSource)
			.withPropertyValues("migrator.locations=" + folder("app").up("1_notes", "CREATE TABLE notes (id int);").location(),
					"migrator.instances.orders.url=" + orders.url(), "migrator.instances.orders.user=" + orders.user(),
					"migrator.instances.orders.password=" + orders.password(),
					"migrator.instances.orders.locations=" + folder("orders").location(),
					"migrator.instances.orders.sets.river.enabled=true",
					"migrator.instances.reports.url=" + reports.url(), "migrator.instances.reports.user=" + reports.user(),
					"migrator.instances.reports.password=" + reports.password(),
					"migrator.instances.reports.locations=" + folder("reports").location())
			.run((context) -> {
				assertThat(context).hasNotFailed();
				MigratorInstances instances = context.getBean(MigratorInstances.class);
				assertThat(instances.instance("default").names()).containsExactly("river", "app");
				assertThat(instances.instance("orders").names()).containsExactly("river", "app");
				assertThat(instances.instance("reports").names()).containsExactly("app");
				assertThat(app.tableExists("river_jobs")).isTrue();
				assertThat(orders.queryColumn("SELECT version FROM schema_migrations_river")).containsExactly("1");
				assertThat(orders.tableExists("river_jobs")).isTrue();
				assertThat(reports.tableExists("river_jobs")).isFalse();
				assertThat(reports.tableExists("schema_migrations_river")).isFalse();
			});
	}

	@Test
	void hibernateIsToldThatMigratorManagesEveryInstancesDataSource() throws IOException {
		TestDatabase app = EmbeddedPostgresExtension.newDatabase();
		TestDatabase orders = EmbeddedPostgresExtension.newDatabase();
		TestDatabase unrelated = EmbeddedPostgresExtension.newDatabase();
		this.contextRunner.withUserConfiguration(TwoDataSources.class)
			.withBean("appDb", TestDatabase.class, () -> app)
			.withBean("ordersDb", TestDatabase.class, () -> orders)
			.withPropertyValues(twoInstances())
			.run((context) -> {
				SchemaManagementProvider provider = context.getBean(SchemaManagementProvider.class);
				assertThat(provider.getSchemaManagement(context.getBean("dataSource", DataSource.class)))
					.isEqualTo(SchemaManagement.MANAGED);
				assertThat(provider.getSchemaManagement(context.getBean("ordersDataSource", DataSource.class)))
					.isEqualTo(SchemaManagement.MANAGED);
				assertThat(provider.getSchemaManagement(unrelated.dataSource())).isEqualTo(SchemaManagement.UNMANAGED);
			});
	}

	/** A library jar (a folder on a class loader) that ships the set {@code name}, run before the application's. */
	private ClassLoader libraryShipping(String name, String sql) throws IOException {
		Path jar = this.directory.resolve("library");
		Files.createDirectories(jar.resolve("META-INF/migrator/sets/" + name));
		Files.writeString(jar.resolve("META-INF/migrator/sets.properties"), "sets=" + name + "\n");
		Files.writeString(jar.resolve("META-INF/migrator/sets/" + name + "/set.properties"), "order=before\n");
		Files.writeString(jar.resolve("META-INF/migrator/sets/" + name + "/001_" + name + ".up.sql"), sql);
		return new URLClassLoader(new URL[] { jar.toUri().toURL() }, getClass().getClassLoader());
	}

	/** The application's notes; the orders database's orders, then its audit set building on them. */
	private String[] twoInstances() throws IOException {
		folder("app").up("1_notes", "CREATE TABLE notes (id int);");
		folder("orders").up("1_orders", "CREATE TABLE orders (id int PRIMARY KEY);");
		folder("orders_audit").up("1_order_audit", "CREATE TABLE order_audit (order_id int REFERENCES orders);");
		return new String[] { "migrator.locations=filesystem:" + this.directory.resolve("app"),
				"migrator.instances.orders.locations=filesystem:" + this.directory.resolve("orders"),
				"migrator.instances.orders.table=orders_history",
				"migrator.instances.orders.sets.audit.locations=filesystem:" + this.directory.resolve("orders_audit") };
	}

	private MigrationFolder folder(String name) throws IOException {
		return new MigrationFolder(Files.createDirectories(this.directory.resolve(name)));
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

		/** Reads the orders database as it is created: it fails unless that database is migrated. */
		@Bean
		JdbcTemplate ordersJdbcTemplate(@MigratorDataSource("orders") DataSource orders) {
			JdbcTemplate template = new JdbcTemplate(orders);
			template.queryForObject("SELECT count(*) FROM order_audit", Long.class);
			return template;
		}

	}

}
