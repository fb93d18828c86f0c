package dev.migrator.hibernate.shop;

import javax.sql.DataSource;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** As the sample app's: a database of its own when no URL is configured, which building the schema must not start. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class OwnDatabaseConfiguration {

	@Bean
	DataSource dataSource() {
		throw new IllegalStateException("The shop's own database must not start while its schema is built");
	}

}
