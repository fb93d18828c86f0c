package dev.migrator.hibernate.shop;

import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.boot.CommandLineRunner;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** A shop whose entities use what Hibernate maps with care: enums, embeddables, join tables, versions, UUIDs, instants. */
@SpringBootApplication
public class ShopApplication {

	/** Set by the runner; building the schema must not run it. */
	public static final AtomicBoolean RUNNER_RAN = new AtomicBoolean();

	@Bean
	CommandLineRunner seedCatalogue() {
		return (args) -> RUNNER_RAN.set(true);
	}

}
