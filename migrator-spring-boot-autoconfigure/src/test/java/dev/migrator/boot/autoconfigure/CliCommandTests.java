package dev.migrator.boot.autoconfigure;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import dev.migrator.MigratorConfig;

import static org.assertj.core.api.Assertions.assertThat;

class CliCommandTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			jdbc:postgresql://orders-db/orders                                 | jdbc:postgresql://orders-db/orders
			jdbc:postgresql://orders-db/orders?sslmode=require                 | 'jdbc:postgresql://orders-db/orders?sslmode=require'
			jdbc:postgresql://orders-db/orders?password=secret                 | jdbc:postgresql://orders-db/orders
			jdbc:postgresql://orders-db/orders?user=o&password=secret          | 'jdbc:postgresql://orders-db/orders?user=o'
			jdbc:postgresql://orders-db/orders?PASSWORD=secret&sslmode=require | 'jdbc:postgresql://orders-db/orders?sslmode=require'
			""")
	void aUrlOfTheInstanceIsGivenWithoutItsPassword(String url, String shown) {
		String command = CliCommand.of(config(url, List.of("filesystem:/srv/db/orders")));
		assertThat(command).startsWith("migrator --url " + shown + " --user orders --table orders_history")
			.doesNotContain("secret");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			classpath:db/orders       | --locations src/main/resources/db/orders
			classpath:/db/orders      | --locations src/main/resources/db/orders
			filesystem:/srv/db/orders | --locations filesystem:/srv/db/orders
			/srv/my orders            | --locations '/srv/my orders'
			""")
	void aLocationIsOneTheCliCanRead(String location, String shown) {
		assertThat(CliCommand.of(config("jdbc:postgresql://orders-db/orders", List.of(location)))).endsWith(shown);
	}

	private static MigratorConfig config(String url, List<String> locations) {
		return MigratorConfig.builder()
			.dataSource(DataSourceBuilder.create()
				.type(SimpleDriverDataSource.class)
				.url(url)
				.username("orders")
				.password("secret")
				.build())
			.table("orders_history")
			.locations(locations)
			.build();
	}

}
