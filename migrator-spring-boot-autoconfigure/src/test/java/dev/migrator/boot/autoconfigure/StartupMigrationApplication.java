package dev.migrator.boot.autoconfigure;

import javax.sql.DataSource;

import org.postgresql.ds.PGSimpleDataSource;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * A Boot application that migrates its database on startup and then ends, for tests that
 * run it as a process of its own: {@code --test.url=… --test.user=… --migrator.locations=…}.
 */
@Configuration(proxyBeanMethods = false)
@ImportAutoConfiguration(MigratorAutoConfiguration.class)
public class StartupMigrationApplication {

	@Bean
	DataSource dataSource(Environment environment) {
		PGSimpleDataSource dataSource = new PGSimpleDataSource();
		dataSource.setUrl(environment.getRequiredProperty("test.url"));
		dataSource.setUser(environment.getRequiredProperty("test.user"));
		dataSource.setPassword(environment.getProperty("test.password"));
		return dataSource;
	}

	public static void main(String[] args) {
		SpringApplication application = new SpringApplication(StartupMigrationApplication.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		application.run(args);
	}

}
