package dev.migrator.boot.autoconfigure;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.Ordered;

import dev.migrator.Migrator;

/**
 * Migrates the database when the context starts, or hands the {@link Migrator} to a
 * {@link MigratorMigrationStrategy}. Database users wait for it through
 * {@link MigratorInitializerDatabaseInitializerDetector}.
 */
public class MigratorInitializer implements InitializingBean, Ordered {

	private final Migrator migrator;

	private final MigratorMigrationStrategy strategy;

	private int order;

	public MigratorInitializer(Migrator migrator, MigratorMigrationStrategy strategy) {
		this.migrator = migrator;
		this.strategy = (strategy != null) ? strategy : Migrator::migrate;
	}

	@Override
	public void afterPropertiesSet() {
		this.strategy.migrate(this.migrator);
	}

	public Migrator getMigrator() {
		return this.migrator;
	}

	public void setOrder(int order) {
		this.order = order;
	}

	@Override
	public int getOrder() {
		return this.order;
	}

}
