package dev.migrator.boot.autoconfigure;

import java.beans.PropertyDescriptor;
import java.io.InputStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.BeanUtils;
import org.springframework.boot.convert.DurationStyle;

import dev.migrator.MigratorConfig;
import dev.migrator.lint.LintConfig;

import static org.assertj.core.api.Assertions.assertThat;

class MigratorPropertiesTests {

	@Test
	void defaultsMatchTheEngineDefaults() {
		MigratorProperties properties = new MigratorProperties();
		assertThat(properties.isEnabled()).isTrue();
		assertThat(properties.getLocations()).isEqualTo(MigratorConfig.DEFAULT_LOCATIONS);
		assertThat(properties.getTable()).isEqualTo(MigratorConfig.DEFAULT_TABLE);
		assertThat(properties.getSchema()).isNull();
		assertThat(properties.isCreateSchema()).isEqualTo(MigratorConfig.DEFAULT_CREATE_SCHEMA);
		assertThat(properties.getLockTimeout()).isEqualTo(MigratorConfig.DEFAULT_LOCK_TIMEOUT);
		assertThat(properties.getDdlLockTimeout()).isNull();
		assertThat(properties.getDdlLockRetries()).isEqualTo(MigratorConfig.DEFAULT_DDL_LOCK_RETRIES);
		assertThat(properties.isValidateOnMigrate()).isEqualTo(MigratorConfig.DEFAULT_VALIDATE_ON_MIGRATE);
		assertThat(properties.isOutOfOrder()).isEqualTo(MigratorConfig.DEFAULT_OUT_OF_ORDER);
		assertThat(properties.isIgnoreAhead()).isEqualTo(MigratorConfig.DEFAULT_IGNORE_AHEAD);
		assertThat(properties.getTarget()).isNull();
		assertThat(properties.getLint().getPostgresVersion()).isEqualTo(LintConfig.DEFAULT_POSTGRES_MAJOR);
	}

	/**
	 * The annotation processor cannot read defaults from constants of another class, so the
	 * IDE's defaults come from additional metadata; they must say what the engine does.
	 */
	@Test
	void documentedDefaultsMatchTheEngineDefaults() throws Exception {
		Map<String, JsonNode> defaults = documentedDefaults();
		assertThat(defaults.get("migrator.locations").values()).extracting(JsonNode::asString)
			.isEqualTo(MigratorConfig.DEFAULT_LOCATIONS);
		assertThat(defaults.get("migrator.table").asString()).isEqualTo(MigratorConfig.DEFAULT_TABLE);
		assertThat(defaults.get("migrator.create-schema").asBoolean()).isEqualTo(MigratorConfig.DEFAULT_CREATE_SCHEMA);
		assertThat(DurationStyle.detectAndParse(defaults.get("migrator.lock-timeout").asString()))
			.isEqualTo(MigratorConfig.DEFAULT_LOCK_TIMEOUT);
		assertThat(defaults.get("migrator.ddl-lock-retries").asInt()).isEqualTo(MigratorConfig.DEFAULT_DDL_LOCK_RETRIES);
		assertThat(defaults.get("migrator.validate-on-migrate").asBoolean())
			.isEqualTo(MigratorConfig.DEFAULT_VALIDATE_ON_MIGRATE);
		assertThat(defaults.get("migrator.out-of-order").asBoolean()).isEqualTo(MigratorConfig.DEFAULT_OUT_OF_ORDER);
		assertThat(defaults.get("migrator.ignore-ahead").asBoolean()).isEqualTo(MigratorConfig.DEFAULT_IGNORE_AHEAD);
		assertThat(defaults.get("migrator.lint.postgres-version").asInt()).isEqualTo(LintConfig.DEFAULT_POSTGRES_MAJOR);
	}

	@Test
	void driftIsDocumentedAndOffByDefault() throws Exception {
		assertThat(new MigratorProperties().getDrift().isEnabled()).isFalse();
		Map<String, JsonNode> metadata = metadata();
		assertThat(metadata.get("migrator.drift.enabled").get("defaultValue").asBoolean(true)).isFalse();
		for (String name : List.of("migrator.drift.enabled", "migrator.drift.dev-url", "migrator.drift.dev-user",
				"migrator.drift.dev-password")) {
			assertThat(metadata.get(name).has("description")).as(name).isTrue();
		}
	}

	/**
	 * Boot's annotation processor writes no entries for the properties of a map's values
	 * (spring-boot#9945), so the map's own entry carries them: its type names the value
	 * class, whose properties an IDE completes, and its description names each of them.
	 */
	@ParameterizedTest
	@ValueSource(classes = { MigratorProperties.MigrationSet.class, MigratorProperties.Instance.class })
	void mapsOfSetsAndInstancesNameTheirValuesTypeAndEveryPropertyOfIt(Class<?> valueType) throws Exception {
		String name = (valueType == MigratorProperties.MigrationSet.class) ? "migrator.sets" : "migrator.instances";
		JsonNode property = metadata().get(name);
		assertThat(property.get("type").asString())
			.isEqualTo("java.util.Map<java.lang.String," + valueType.getName() + ">");
		List<String> keys = Arrays.stream(BeanUtils.getPropertyDescriptors(valueType))
			.map(PropertyDescriptor::getName)
			.filter((key) -> !key.equals("class"))
			.toList();
		assertThat(keys).isNotEmpty();
		assertThat(property.get("description").asString()).contains(keys.stream().map((key) -> "." + key).toList());
	}

	private static Map<String, JsonNode> metadata() throws Exception {
		try (InputStream metadata = MigratorPropertiesTests.class
			.getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
			Map<String, JsonNode> properties = new HashMap<>();
			for (JsonNode property : JsonMapper.builder().build().readTree(metadata).get("properties")) {
				properties.put(property.get("name").asString(), property);
			}
			return properties;
		}
	}

	private static Map<String, JsonNode> documentedDefaults() throws Exception {
		Map<String, JsonNode> defaults = new HashMap<>();
		metadata().forEach((name, property) -> {
			if (property.has("defaultValue")) {
				defaults.put(name, property.get("defaultValue"));
			}
		});
		return defaults;
	}

}
