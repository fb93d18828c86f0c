package dev.migrator.boot.autoconfigure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.migrator.SetDefinition;
import dev.migrator.boot.autoconfigure.MigratorProperties.MigrationSet;

/**
 * The sets to run besides the application's: those libraries ship, as {@code migrator.sets.*}
 * changes or disables them, then those only the properties define.
 */
final class MigrationSets {

	private MigrationSets() {
	}

	static List<SetDefinition> definitions(List<SetDefinition> librarySets, Map<String, MigrationSet> configured) {
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
