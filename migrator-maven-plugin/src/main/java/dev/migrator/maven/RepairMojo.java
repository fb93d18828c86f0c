package dev.migrator.maven;

import java.util.List;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

import dev.migrator.Migrator;

/** Records the current checksums of applied migrations whose files changed on purpose. */
@Mojo(name = "repair", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class RepairMojo extends DatabaseMojo {

	@Override
	void run(Migrator migrator) {
		List<Long> repaired = migrator.repair();
		print(repaired.isEmpty() ? "Nothing to repair." : "Re-recorded the checksums of versions " + repaired + ".");
	}

}
