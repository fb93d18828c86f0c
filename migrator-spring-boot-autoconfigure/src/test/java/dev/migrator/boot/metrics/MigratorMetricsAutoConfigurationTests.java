package dev.migrator.boot.metrics;

import java.nio.file.Path;

import javax.sql.DataSource;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import dev.migrator.boot.autoconfigure.MigratorAutoConfiguration;
import dev.migrator.test.EmbeddedPostgresExtension;
import dev.migrator.test.MigrationFolder;
import dev.migrator.test.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

class MigratorMetricsAutoConfigurationTests {

	@TempDir
	Path directory;

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner().withConfiguration(
			AutoConfigurations.of(MigratorMetricsAutoConfiguration.class, MigratorAutoConfiguration.class));

	@Test
	void countsMigrationsAndGaugesTheVersionAndPending() {
		TestDatabase db = EmbeddedPostgresExtension.newDatabase();
		new MigrationFolder(this.directory).pair("1_a", "CREATE TABLE a (id int);", "DROP TABLE a;")
			.pair("2_b", "CREATE TABLE b (id int);", "DROP TABLE b;")
			.pair("3_c", "CREATE TABLE c (id int);", "DROP TABLE c;");
		this.contextRunner.withBean(DataSource.class, db::dataSource)
			.withBean(MeterRegistry.class, SimpleMeterRegistry::new)
			.withPropertyValues("migrator.locations=filesystem:" + this.directory, "migrator.target=2")
			.run((context) -> {
				MeterRegistry registry = context.getBean(MeterRegistry.class);
				assertThat(registry.get("migrator.migrations").tag("direction", "up").tag("outcome", "success")
					.counter().count()).isEqualTo(2);
				assertThat(registry.get("migrator.migration.duration").timer().count()).isEqualTo(2);
				assertThat(registry.get("migrator.version").gauge().value()).isEqualTo(2);
				assertThat(registry.get("migrator.pending").gauge().value()).isEqualTo(1);
			});
	}

	@Test
	void backsOffWithoutARegistry() {
		this.contextRunner.run((context) -> assertThat(context).doesNotHaveBean(MigratorMetrics.class));
	}

}
