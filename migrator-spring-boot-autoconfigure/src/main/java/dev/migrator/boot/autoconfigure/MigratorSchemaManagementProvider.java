package dev.migrator.boot.autoconfigure;

import javax.sql.DataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.jdbc.SchemaManagement;
import org.springframework.boot.jdbc.SchemaManagementProvider;

import dev.migrator.Migrator;

/**
 * Tells Hibernate that Migrator manages the schema of its data source, so that
 * {@code ddl-auto} defaults to {@code none} rather than creating tables itself.
 */
class MigratorSchemaManagementProvider implements SchemaManagementProvider {

	private final ObjectProvider<Migrator> migrators;

	MigratorSchemaManagementProvider(ObjectProvider<Migrator> migrators) {
		this.migrators = migrators;
	}

	@Override
	public SchemaManagement getSchemaManagement(DataSource dataSource) {
		return this.migrators.stream()
			.map((migrator) -> migrator.config().dataSource())
			.filter(dataSource::equals)
			.findFirst()
			.map((managed) -> SchemaManagement.MANAGED)
			.orElse(SchemaManagement.UNMANAGED);
	}

}
