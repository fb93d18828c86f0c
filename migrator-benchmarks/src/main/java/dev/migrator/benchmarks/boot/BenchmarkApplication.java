package dev.migrator.benchmarks.boot;

import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The application every {@link BootApp} starts: auto-configuration and one query once
 * started, as a real app would run. Without the query the app with no migration tool
 * would never open a connection and look cheaper than it is. No component scan: this
 * package holds nothing else to find.
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@EnableAutoConfiguration
class BenchmarkApplication {

	@Bean
	ApplicationRunner touchDatabase(JdbcTemplate jdbcTemplate) {
		return (arguments) -> jdbcTemplate.queryForObject("SELECT 1", Integer.class);
	}

}
