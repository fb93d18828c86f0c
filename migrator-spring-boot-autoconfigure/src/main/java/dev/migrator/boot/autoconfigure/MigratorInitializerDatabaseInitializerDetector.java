package dev.migrator.boot.autoconfigure;

import java.util.Set;

import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDatabaseInitializerDetector;
import org.springframework.boot.sql.init.dependency.DatabaseInitializerDetector;

/**
 * A {@link DatabaseInitializerDetector} for {@link MigratorInitializer}: JPA, JdbcTemplate,
 * JdbcClient and other database users are made to depend on it, so they start on a
 * migrated schema.
 */
public class MigratorInitializerDatabaseInitializerDetector extends AbstractBeansOfTypeDatabaseInitializerDetector {

	@Override
	protected Set<Class<?>> getDatabaseInitializerBeanTypes() {
		return Set.of(MigratorInitializer.class);
	}

	@Override
	public int getOrder() {
		return 1;
	}

}
