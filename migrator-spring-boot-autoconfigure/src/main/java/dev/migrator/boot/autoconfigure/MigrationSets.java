package dev.migrator.boot.autoconfigure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.migrator.SetDefinition;
import dev.migrator.boot.autoconfigure.MigratorProperties.MigrationSet;

/**
 * The sets to run besides the application's: those libraries ship, as {@code migrator.sets.*}
 * changes or disables them, then those only the properties define. An instance
 * ({@code migrator.instances.<name>}) is another database, which seldom wants the tables of the
 * application's libraries: it runs a library's set only when its own sets name it.
 */
final class MigrationSets {

	private MigrationSets() {
	}

	/** The sets of the application's DataSource: every library set unless disabled, then the configured ones. */
	static List<SetDefinition> forApplication(List<SetDefinition> librarySets, Map<String, MigrationSet> configured) {
		return definitions(librarySets, configured);
	}

	/** The sets of an instance: the library sets it names, then its configured ones. */
	static List<SetDefinition> forInstance(List<SetDefinition> librarySets, Map<String, MigrationSet> configured) {
		return definitions(librarySets.stream().filter((library) -> configured.containsKey(library.name())).toList(),
				configured);
	}

	private static List<SetDefinition> definitions(List<SetDefinition> librarySets, Map<String, MigrationSet> configured) {
		List<SetDefinition> sets = new ArrayList<>();
		for (SetDefinition library : librarySets) {
			MigrationSet properties = configured.get(library.name());
			if (properties == null) {
				sets.add(library);
			}
			else if (properties.isEnabled()) {
				sets.add(new SetDefinition(library.name(),
						properties.getLocations().isEmpty() ? library.locations() : properties.getLocations(),
						(properties.getTable() != null) ? properties.getTable() : library.table(),
						(properties.getOrder() != null) ? properties.getOrder() : library.order()));
			}
		}
		configured.forEach((name, properties) -> {
			boolean shipped = librarySets.stream().anyMatch((library) -> library.name().equals(name));
			if (!shipped && properties.isEnabled()) {
				sets.add(new SetDefinition(name, properties.getLocations(), properties.getTable(),
						(properties.getOrder() != null) ? properties.getOrder() : SetDefinition.Order.AFTER));
			}
		});
		return sets;
	}

}
