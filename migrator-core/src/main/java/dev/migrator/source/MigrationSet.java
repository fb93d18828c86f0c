package dev.migrator.source;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;

import dev.migrator.MigrationSourceException;

/**
 * The migrations of one or more locations, sorted by version and validated as a set.
 */
public final class MigrationSet {

	private final TreeMap<Long, Migration> byVersion;

	private final List<Migration> migrations;

	private MigrationSet(TreeMap<Long, Migration> byVersion) {
		this.byVersion = byVersion;
		this.migrations = List.copyOf(byVersion.values());
	}

	/**
	 * Lists and pairs the files of the locations; reads no file content.
	 * @throws MigrationSourceException listing every problem found
	 */
	public static MigrationSet load(List<Location> locations, ClassLoader classLoader) {
		Loaded loaded = loadWithProblems(locations, classLoader);
		if (!loaded.problems().isEmpty()) {
			throw new MigrationSourceException(loaded.problems());
		}
		return loaded.files();
	}

	/**
	 * Lists and pairs the files like {@link #load}, but returns the problems with the files
	 * that are not part of one, for reports that go on: a badly named file or a down without
	 * its up is left out, and of two files with one version the first found is kept.
	 * @throws MigrationSourceException when a location is missing or is not a folder
	 */
	public static Loaded loadWithProblems(List<Location> locations, ClassLoader classLoader) {
		Map<Long, MigrationScript> ups = new HashMap<>();
		Map<Long, MigrationScript> downs = new HashMap<>();
		Map<Long, MigrationFileName> upNames = new HashMap<>();
		Map<Long, MigrationFileName> downNames = new HashMap<>();
		List<String> problems = new ArrayList<>();
		for (Location location : locations) {
			for (LocationScanner.Found file : LocationScanner.scan(location, classLoader)) {
				if (!MigrationFileName.isCandidate(file.fileName())) {
					continue;
				}
				Optional<MigrationFileName> parsed = MigrationFileName.parse(file.fileName());
				if (parsed.isEmpty()) {
					problems.add(file.displayLocation() + ": not a migration file name; name it"
							+ " {version}_{description}.up.sql or .down.sql, the version being 1 to 18 digits"
							+ " (e.g. 000001_create_users.up.sql), or move it out of the migration location");
					continue;
				}
				MigrationFileName name = parsed.get();
				boolean up = name.direction() == Direction.UP;
				Map<Long, MigrationScript> scripts = up ? ups : downs;
				MigrationScript script = new MigrationScript(file.fileName(), file.displayLocation(), file.source());
				MigrationScript existing = scripts.putIfAbsent(name.version(), script);
				if (existing != null) {
					problems.add("version " + name.version() + " has two " + name.direction().name().toLowerCase(Locale.ROOT)
							+ " files: " + existing.location() + " and " + script.location()
							+ "; give one of them a new version");
					continue;
				}
				(up ? upNames : downNames).put(name.version(), name);
			}
		}
		TreeMap<Long, Migration> byVersion = new TreeMap<>();
		for (Map.Entry<Long, MigrationScript> entry : ups.entrySet()) {
			long version = entry.getKey();
			MigrationScript down = downs.get(version);
			String description = upNames.get(version).description();
			if (down != null && !description.equals(downNames.get(version).description())) {
				problems.add("version " + version + " has an up and a down file with different descriptions: "
						+ entry.getValue().location() + " and " + down.location() + "; rename one to match the other");
			}
			byVersion.put(version, new Migration(version, description, entry.getValue(), down));
		}
		for (Map.Entry<Long, MigrationScript> entry : downs.entrySet()) {
			if (!ups.containsKey(entry.getKey())) {
				problems.add(entry.getValue().location() + " has no matching .up.sql file; add the up file or"
						+ " remove the down file");
			}
		}
		Collections.sort(problems);
		return new Loaded(new MigrationSet(byVersion), List.copyOf(problems));
	}

	/**
	 * The consistent part of the files and what keeps the rest out.
	 *
	 * @param files the migrations whose files are named and paired correctly
	 * @param problems each problem, a sentence naming the files and what to do
	 */
	public record Loaded(MigrationSet files, List<String> problems) {

	}

	/**
	 * Starts hashing the up files in the background, so that the hashing overlaps the
	 * round trips to the database that a run makes meanwhile. A file that cannot be read is
	 * left for the caller, which reads it again and reports the error.
	 */
	public void prefetchChecksums() {
		CompletableFuture.runAsync(() -> {
			// newest first: a caller that checks them oldest first meets this thread halfway
			for (int i = this.migrations.size() - 1; i >= 0; i--) {
				this.migrations.get(i).up().checksum();
			}
		}).exceptionally((error) -> null);
	}

	/** Every migration, in ascending version order. */
	public List<Migration> migrations() {
		return this.migrations;
	}

	public Optional<Migration> find(long version) {
		return Optional.ofNullable(this.byVersion.get(version));
	}

	/** The highest version, {@code null} when there is no migration. */
	public Long latestVersion() {
		return this.byVersion.isEmpty() ? null : this.byVersion.lastKey();
	}

	/** The highest version below {@code version}, {@code null} when there is none. */
	public Long previousVersion(long version) {
		return this.byVersion.lowerKey(version);
	}

}
