package dev.migrator.benchmarks.boot;

import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The one query every benchmark app runs once started, as a real app would: without it the
 * app with no migration tool would never open a connection and look cheaper than it is.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseTouch {

	@Bean
	ApplicationRunner touchDatabase(JdbcTemplate jdbcTemplate) {
		return (arguments) -> jdbcTemplate.queryForObject("SELECT 1", Integer.class);
	}

}
