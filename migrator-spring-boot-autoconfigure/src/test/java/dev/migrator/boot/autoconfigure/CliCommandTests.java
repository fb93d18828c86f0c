package dev.migrator.boot.autoconfigure;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.jdbc.datasource.AbstractDataSource;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import dev.migrator.DatabaseException;
import dev.migrator.MigrationFailedException;
import dev.migrator.MigrationStep;
import dev.migrator.MigratorConfig;
import dev.migrator.source.Direction;

import static org.assertj.core.api.Assertions.assertThat;

class CliCommandTests {

	private static final MigrationFailedException FAILURE = new MigrationFailedException(
			new MigrationStep(1, "create_orders", Direction.UP, "filesystem:/srv/db/orders/1_create_orders.up.sql"),
			"filesystem:/srv/db/orders/1_create_orders.up.sql", 1, 1, "42601", "syntax error",
			"Its transaction was rolled back.", false, null);

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			jdbc:postgresql://orders-db/orders                                 | jdbc:postgresql://orders-db/orders
			jdbc:postgresql://orders-db/orders?sslmode=require                 | 'jdbc:postgresql://orders-db/orders?sslmode=require'
			jdbc:postgresql://orders-db/orders?password=secret                 | jdbc:postgresql://orders-db/orders
			jdbc:postgresql://orders-db/orders?user=o&password=secret          | 'jdbc:postgresql://orders-db/orders?user=o'
			jdbc:postgresql://orders-db/orders?PASSWORD=secret&sslmode=require | 'jdbc:postgresql://orders-db/orders?sslmode=require'
			""")
	void aUrlOfTheInstanceIsGivenWithoutItsPassword(String url, String shown) {
		String command = CliCommand.of(config(url, List.of("filesystem:/srv/db/orders")), FAILURE);
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
		assertThat(CliCommand.of(config("jdbc:postgresql://orders-db/orders", List.of(location)), FAILURE)).endsWith(shown);
	}

	@Test
	void aDatabaseThatCouldNotBeReachedIsNotAskedForItsUrlAgain() {
		DataSource unreachable = new AbstractDataSource() {

			@Override
			public Connection getConnection() {
				throw new AssertionError("asked the unreachable database again");
			}

			@Override
			public Connection getConnection(String username, String password) {
				return getConnection();
			}

		};
		MigratorConfig config = MigratorConfig.builder().dataSource(unreachable).table("orders_history").build();
		DatabaseException refused = new DatabaseException("Database error",
				new SQLException("Connection to orders-db:5432 refused", "08001"));
		assertThat(CliCommand.of(config, refused)).startsWith("migrator --url '<JDBC URL>' --table orders_history");
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
