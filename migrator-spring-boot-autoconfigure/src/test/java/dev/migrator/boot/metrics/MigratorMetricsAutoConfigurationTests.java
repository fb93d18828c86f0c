package dev.migrator.boot.metrics;

import java.nio.file.Path;

import javax.sql.DataSource;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.condition.ConditionEvaluationReport;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import dev.migrator.Migrator;
import dev.migrator.boot.autoconfigure.MigratorAutoConfiguration;
import dev.migrator.test.EmbeddedPostgresExtension;
import dev.migrator.test.MigrationFolder;
import dev.migrator.test.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

class MigratorMetricsAutoConfigurationTests {

	@TempDir
	Path directory;

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner().withConfiguration(
			AutoConfigurations.of(MigratorAutoConfiguration.class, MigratorMetricsAutoConfiguration.class));

	@Test
	void countsAndTimesTheMigrationsRunOnStartupAndGaugesTheState() {
		TestDatabase db = EmbeddedPostgresExtension.newDatabase();
		new MigrationFolder(this.directory).pair("1_users", "CREATE TABLE users (id bigint);", "DROP TABLE users;")
			.pair("2_notes", "CREATE TABLE notes (id bigint);", "DROP TABLE notes;")
			.pair("3_tags", "CREATE TABLE tags (id bigint);", "DROP TABLE tags;");
		this.contextRunner.withBean(DataSource.class, db::dataSource)
			.withBean(MeterRegistry.class, SimpleMeterRegistry::new)
			.withPropertyValues("migrator.locations=filesystem:" + this.directory, "migrator.target=2")
			.run((context) -> {
				MeterRegistry registry = context.getBean(MeterRegistry.class);
				assertThat(registry.get("migrator.migrations")
					.tags("direction", "up", "outcome", "success")
					.counter()
					.count()).isEqualTo(2);
				assertThat(registry.get("migrator.migration.duration").timer().count()).isEqualTo(2);
				assertThat(registry.get("migrator.version").gauge().value()).isEqualTo(2);
				assertThat(registry.get("migrator.pending").gauge().value()).isEqualTo(1);
			});
	}

	@Test
	void backsOffWithoutAMeterRegistry() {
		TestDatabase db = EmbeddedPostgresExtension.newDatabase();
		this.contextRunner.withBean(DataSource.class, db::dataSource)
			.withPropertyValues("migrator.locations=filesystem:" + this.directory)
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(MigratorMetrics.class));
	}

	@Test
	void backsOffWithoutMicrometerOnTheClasspath() {
		TestDatabase db = EmbeddedPostgresExtension.newDatabase();
		// a registry bean is there: only the missing class can make the metrics back off
		this.contextRunner.withBean(DataSource.class, db::dataSource)
			.withBean(MeterRegistry.class, SimpleMeterRegistry::new)
			.withClassLoader(new FilteredClassLoader(MeterRegistry.class))
			.withPropertyValues("migrator.locations=filesystem:" + this.directory)
			.run((context) -> {
				assertThat(context).hasNotFailed()
					.hasSingleBean(Migrator.class)
					.hasSingleBean(MeterRegistry.class)
					.doesNotHaveBean(MigratorMetrics.class);
				// and it was the class that was missing, not the bean
				assertThat(ConditionEvaluationReport.get(context.getBeanFactory())
					.getConditionAndOutcomesBySource()
					.get(MigratorMetricsAutoConfiguration.class.getName()))
					.extracting((condition) -> condition.getOutcome().getMessage())
					.anyMatch((message) -> message.startsWith("@ConditionalOnClass did not find required class '"
							+ MeterRegistry.class.getName() + "'"));
			});
	}

}
