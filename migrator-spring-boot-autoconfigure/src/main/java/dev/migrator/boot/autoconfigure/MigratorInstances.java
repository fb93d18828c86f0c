package dev.migrator.boot.autoconfigure;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.migrator.Migrators;

/**
 * The databases Migrator migrates, by instance name, in the order they are migrated: the
 * application's ({@value #DEFAULT}) first, then those of {@code migrator.instances.*}, each
 * with its migration sets.
 */
public final class MigratorInstances {

	/** The instance of the application's DataSource, with the sets of {@code migrator.sets.*}. */
	public static final String DEFAULT = "default";

	private final Map<String, Migrators> instances;

	MigratorInstances(Migrators application, Map<String, Migrators> further) {
		this.instances = new LinkedHashMap<>();
		this.instances.put(DEFAULT, application);
		this.instances.putAll(further);
	}

	/** The instances' names in the order they are migrated. */
	public List<String> names() {
		return List.copyOf(this.instances.keySet());
	}

	/**
	 * The migration sets of one instance.
	 * @throws IllegalArgumentException when there is no such instance
	 */
	public Migrators instance(String name) {
		Migrators migrators = this.instances.get(name);
		if (migrators == null) {
			throw new IllegalArgumentException("No Migrator instance '" + name + "'; the instances are " + names());
		}
		return migrators;
	}

}
