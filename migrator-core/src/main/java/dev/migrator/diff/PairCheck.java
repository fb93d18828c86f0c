package dev.migrator.diff;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import dev.migrator.DatabaseException;
import dev.migrator.Migrator;
import dev.migrator.MigratorConfig;
import dev.migrator.MigratorException;
import dev.migrator.schema.Schema;
import dev.migrator.schema.SchemaChange;
import dev.migrator.schema.SchemaDiff;
import dev.migrator.schema.SchemaObject;
import dev.migrator.source.Location;
import dev.migrator.source.MigrationSet;

/**
 * Proves generated pairs before they are written: numbered after the migrations in a folder
 * of their own, applied by the migrator on the database the migrations were replayed on,
 * they must give the desired schema (but for what the plan refused), their downs the current
 * one, and their ups again the desired one.
 */
final class PairCheck {

	private final MigratorConfig config;

	private final Set<String> history;

	PairCheck(MigratorConfig config) {
		this.config = config;
		this.history = Set.of(config.table(), config.table() + "_log");
	}

	List<String> check(List<DdlPair> pairs, String name, Schema current, Schema desired, List<Refusal> refusals) {
		Path folder = temporaryFolder();
		try {
			long next = latestVersion() + 1;
			for (DdlPair pair : pairs) {
				write(folder.resolve(next + "_" + pair.description(name) + ".up.sql"), pair.up());
				write(folder.resolve(next + "_" + pair.description(name) + ".down.sql"), pair.down());
				next++;
			}
			List<String> locations = new ArrayList<>(this.config.locations());
			locations.add("filesystem:" + folder);
			Migrator migrator = new Migrator(MigratorConfig.builder()
				.dataSource(this.config.dataSource())
				.locations(locations)
				.table(this.config.table())
				.schema(this.config.schema())
				.classLoader(this.config.classLoader())
				.build());
			List<String> failures = new ArrayList<>();
			if (step(() -> migrator.up(pairs.size()), "up", failures)) {
				failures.addAll(differences(desired, "desired", "after up", refusals));
				if (step(() -> migrator.down(pairs.size()), "down", failures)) {
					failures.addAll(SchemaDiff.between(current.withoutColumnOrder(), read().withoutColumnOrder())
						.sentences("before up", "after down"));
					if (step(() -> migrator.up(pairs.size()), "up again", failures)) {
						failures.addAll(differences(desired, "desired", "after up again", refusals));
					}
				}
			}
			return failures;
		}
		finally {
			delete(folder);
		}
	}

	/** The differences from the desired schema but for the refused objects and their parts. */
	private List<String> differences(Schema desired, String desiredLabel, String label, List<Refusal> refusals) {
		Set<String> refused = new HashSet<>();
		refusals.forEach((refusal) -> refused.add(refusal.subject()));
		SchemaDiff diff = SchemaDiff.between(desired.withoutColumnOrder(), read().withoutColumnOrder());
		List<String> sentences = diff.sentences(desiredLabel, label);
		List<String> kept = new ArrayList<>();
		for (int i = 0; i < diff.changes().size(); i++) {
			if (!isRefused(diff.changes().get(i), refused)) {
				kept.add(sentences.get(i));
			}
		}
		return kept;
	}

	private static boolean isRefused(SchemaChange change, Set<String> refused) {
		SchemaObject object = (change instanceof SchemaChange.Added added) ? added.object()
				: (change instanceof SchemaChange.Removed removed) ? removed.object()
						: ((SchemaChange.Changed) change).after();
		return refused.contains(object.key()) || (object instanceof SchemaObject.OnRelation part
				&& (refused.contains("table " + part.relation())));
	}

	private static boolean step(Runnable step, String what, List<String> failures) {
		try {
			step.run();
			return true;
		}
		catch (MigratorException ex) {
			failures.add(what + " failed: " + ex.getMessage());
			return false;
		}
	}

	private Schema read() {
		try (Connection connection = this.config.dataSource().getConnection()) {
			return Schema.read(connection, this.history);
		}
		catch (SQLException ex) {
			throw new DatabaseException("Could not read the scratch database's schema", ex);
		}
	}

	private long latestVersion() {
		Long latest = MigrationSet
			.load(this.config.locations().stream().map(Location::parse).toList(), this.config.classLoader())
			.latestVersion();
		return (latest != null) ? latest : 0;
	}

	private static Path temporaryFolder() {
		try {
			return Files.createTempDirectory("migrator-diff");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not create a folder for the generated pairs", ex);
		}
	}

	private static void write(Path file, String text) {
		try {
			Files.writeString(file, text, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not write " + file, ex);
		}
	}

	private static void delete(Path folder) {
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(file);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not delete " + folder, ex);
		}
	}

}
