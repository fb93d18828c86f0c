package dev.migrator.sample;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "sample.database.data-dir=target/sample-db-${random.uuid}")
class SampleApplicationTests {

	@LocalServerPort
	int port;

	@Autowired
	StartupReport startupReport;

	@Autowired
	MeterRegistry meterRegistry;

	@Test
	void repositoryReadTheMigratedSchemaDuringStartup() {
		assertThat(this.startupReport.notesAtStartup()).isEqualTo(2);
	}

	@Test
	void migrationsEndpointShowsTheVersionOverHttp() throws Exception {
		JsonNode migrations = get("/actuator/migrations");
		assertThat(migrations.get("version").asLong()).isEqualTo(6);
		assertThat(migrations.get("dirty").asBoolean()).isFalse();
		assertThat(migrations.get("pendingCount").asInt()).isZero();
		assertThat(migrations.get("applied")).hasSize(6);
		assertThat(migrations.get("applied").get(0).get("description").asString()).isEqualTo("create_users");
		assertThat(migrations.get("problems")).isEmpty();
	}

	@Test
	void healthIncludesMigrator() throws Exception {
		JsonNode health = get("/actuator/health");
		assertThat(health.get("components").get("migrator").get("status").asString()).isEqualTo("UP");
		assertThat(health.get("components").get("migrator").get("details").get("version").asLong()).isEqualTo(6);
	}

	@Test
	void notesComeBackWithTheirTags() throws Exception {
		JsonNode notes = get("/notes");
		assertThat(notes).hasSize(2);
		assertThat(notes.get(0).get("title").asString()).isEqualTo("Welcome");
		assertThat(notes.get(0).get("tags").get(0).asString()).isEqualTo("hello");
	}

	@Test
	void metricsGaugeTheVersion() {
		assertThat(this.meterRegistry.get("migrator.version").gauge().value()).isEqualTo(6);
		assertThat(this.meterRegistry.get("migrator.pending").gauge().value()).isZero();
	}

	private JsonNode get(String path) throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return JsonMapper.builder().build().readTree(response.body());
	}

}
