package com.example.shop;

import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The app starts on the database given by -Dspring.datasource.url, so Hibernate's ddl-auto=validate passes there. */
class SchemaValidatesTests {

	@Test
	void hibernateValidatesTheEntitiesAgainstTheMigratedDatabase() {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ShopApplication.class)
			.web(WebApplicationType.NONE)
			.run()) {
			assertTrue(context.isActive());
		}
	}

}
