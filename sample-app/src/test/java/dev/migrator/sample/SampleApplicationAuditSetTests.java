package dev.migrator.sample;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The profile {@code audit} adds the migration set {@code audit} after the application's. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "sample.database.data-dir=target/sample-db-${random.uuid}")
@ActiveProfiles("audit")
class SampleApplicationAuditSetTests {

	@LocalServerPort
	int port;

	@Autowired
	DataSource dataSource;

	@Test
	void migrationsEndpointNestsBothSets() throws Exception {
		JsonNode sets = get("/actuator/migrations").get("sets");
		assertThat(sets.propertyNames()).containsExactly("app", "audit");
		assertThat(sets.get("app").get("version").asLong()).isEqualTo(6);
		assertThat(sets.get("audit").get("version").asLong()).isEqualTo(1);
		assertThat(sets.get("audit").get("applied").get(0).get("description").asString())
			.isEqualTo("create_note_events");
	}

	@Test
	void healthHasAComponentPerSet() throws Exception {
		JsonNode migrator = get("/actuator/health").get("components").get("migrator");
		assertThat(migrator.get("components").get("app").get("status").asString()).isEqualTo("UP");
		assertThat(migrator.get("components").get("audit").get("status").asString()).isEqualTo("UP");
		assertThat(migrator.get("components").get("audit").get("details").get("version").asLong()).isEqualTo(1);
	}

	@Test
	void theAuditSetRecordsNewNotes() {
		JdbcClient jdbc = JdbcClient.create(this.dataSource);
		long note = jdbc.sql("INSERT INTO notes (user_id, title) SELECT id, 'Audited' FROM users LIMIT 1 RETURNING id")
			.query(Long.class)
			.single();
		assertThat(jdbc.sql("SELECT action FROM note_events WHERE note_id = ?").param(note).query(String.class).list())
			.containsExactly("insert");
	}

	private JsonNode get(String path) throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return JsonMapper.builder().build().readTree(response.body());
	}

}
