package dev.migrator.maven;

import java.util.Map;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

import dev.migrator.MigrationStatus;
import dev.migrator.Migrator;
import dev.migrator.Migrators;
import dev.migrator.report.StatusText;

/**
 * Shows the version, applied and pending migrations, those a newer release applied, and any
 * problem. Changes nothing and never waits for the lock.
 */
@Mojo(name = "status", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class StatusMojo extends DatabaseMojo {

	@Override
	void run(Migrator migrator) {
		print(StatusText.of(migrator.status()));
	}

	/** One block per set, in the order they run. */
	@Override
	void runSets(Migrators migrators) {
		Map<String, MigrationStatus> statuses = migrators.status();
		statuses.forEach((name, status) -> {
			print("Set " + name + " (" + migrators.migrator(name).config().table() + ")");
			print(StatusText.of(status));
		});
	}

}
