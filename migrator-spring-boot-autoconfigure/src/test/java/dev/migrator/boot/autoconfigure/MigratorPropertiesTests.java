package dev.migrator.boot.autoconfigure;

import org.junit.jupiter.api.Test;

import dev.migrator.MigratorConfig;

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
		assertThat(properties.getTarget()).isNull();
	}

}
