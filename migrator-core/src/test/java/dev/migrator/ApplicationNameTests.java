package dev.migrator;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

class ApplicationNameTests {

	static Stream<Arguments> names() {
		String longHost = "orders-service-7d9f8b6c5-x2x4z.orders.svc.cluster.local";
		return Stream.of(Arguments.of("orders-service", "host1", "orders-service (migrator) on host1 pid 4242"),
				Arguments.of("migrator", "host1", "migrator on host1 pid 4242"),
				Arguments.of("migrator-cli", "host1", "migrator-cli on host1 pid 4242"),
				Arguments.of("orders-service", longHost,
						"orders-service (migrator) on orders-service-7d9f8b6c5- pid 4242"),
				Arguments.of("an application name far too long to leave any room for the host", "host1",
						"an application name far too long to leave any room for the host"),
				Arguments.of("commandes-é", "host1", "commandes-?? (migrator) on host1 pid 4242"));
	}

	@ParameterizedTest
	@MethodSource("names")
	void namesTheApplicationHostAndPidWithinWhatPostgresqlKeeps(String application, String host, String expected) {
		String name = ApplicationName.of(application, host, 4242);
		assertThat(name).isEqualTo(expected);
		assertThat(name).hasSizeLessThanOrEqualTo(ApplicationName.MAX_BYTES);
	}

}
