package dev.migrator.sample;

import org.junit.jupiter.api.Test;

import dev.migrator.testing.MigratorAssertions;

/**
 * The entities want exactly the schema the migrations give: a changed entity without its
 * migration fails here, naming the differences and the command that writes the migration.
 */
class EntitiesMatchMigrationsTests {

	@Test
	void entitiesMatchMigrations() {
		MigratorAssertions.assertEntitiesMatchMigrations(SampleApplication.class);
	}

}
