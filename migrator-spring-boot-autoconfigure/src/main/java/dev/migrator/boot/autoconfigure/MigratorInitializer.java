package dev.migrator.boot.autoconfigure;

import java.util.List;
import java.util.stream.Collectors;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.Ordered;

import dev.migrator.Migrator;
import dev.migrator.MigratorException;
import dev.migrator.boot.autoconfigure.MigratorProperties.Lint.OnStartup;
import dev.migrator.lint.Finding;
import dev.migrator.lint.LintConfig;
import dev.migrator.lint.Severity;

/**
 * Lints the pending migrations, then migrates the database when the context starts, or
 * hands the {@link Migrator} to a {@link MigratorMigrationStrategy}. Database users wait for
 * it through {@link MigratorInitializerDatabaseInitializerDetector}.
 */
public class MigratorInitializer implements InitializingBean, Ordered {

	private static final Log logger = LogFactory.getLog(MigratorInitializer.class);

	private final Migrator migrator;

	private final MigratorMigrationStrategy strategy;

	private final LintConfig lintConfig;

	private final OnStartup lintOnStartup;

	private int order;

	public MigratorInitializer(Migrator migrator, MigratorMigrationStrategy strategy, LintConfig lintConfig,
			OnStartup lintOnStartup) {
		this.migrator = migrator;
		this.strategy = (strategy != null) ? strategy : Migrator::migrate;
		this.lintConfig = lintConfig;
		this.lintOnStartup = lintOnStartup;
	}

	@Override
	public void afterPropertiesSet() {
		if (this.lintOnStartup != OnStartup.OFF) {
			lint();
		}
		this.strategy.migrate(this.migrator);
	}

	private void lint() {
		List<Finding> findings = this.migrator.lintPending(this.lintConfig);
		findings.forEach((finding) -> logger.warn("Lint: " + finding));
		List<Finding> errors = findings.stream().filter((finding) -> finding.severity() == Severity.ERROR).toList();
		if (this.lintOnStartup == OnStartup.FAIL && !errors.isEmpty()) {
			throw new MigratorException("Lint found " + errors.size() + " error(s) in pending migrations, nothing was"
					+ " run (migrator.lint.on-startup=fail):\n" + errors.stream()
						.map((finding) -> "  - " + finding)
						.collect(Collectors.joining("\n")));
		}
	}

	public void setOrder(int order) {
		this.order = order;
	}

	@Override
	public int getOrder() {
		return this.order;
	}

}
