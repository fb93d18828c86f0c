package dev.migrator.boot.autoconfigure;

import javax.sql.DataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.jdbc.SchemaManagement;
import org.springframework.boot.jdbc.SchemaManagementProvider;

/**
 * Tells Hibernate that Migrator manages the schema of a data source it migrates, the
 * application's or an instance's ({@code migrator.instances.*}), so that {@code ddl-auto}
 * defaults to {@code none} rather than creating tables itself.
 */
class MigratorSchemaManagementProvider implements SchemaManagementProvider {

	private final ObjectProvider<MigratorInstances> instances;

	MigratorSchemaManagementProvider(ObjectProvider<MigratorInstances> instances) {
		this.instances = instances;
	}

	@Override
	public SchemaManagement getSchemaManagement(DataSource dataSource) {
		return this.instances.stream()
			.flatMap((instances) -> instances.names().stream().map(instances::instance))
			.flatMap((migrators) -> migrators.migrators().stream())
			.map((migrator) -> migrator.config().dataSource())
			.filter(dataSource::equals)
			.findFirst()
			.map((managed) -> SchemaManagement.MANAGED)
			.orElse(SchemaManagement.UNMANAGED);
	}

}
