package dev.migrator.execute;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import dev.migrator.MigrationSourceException;
import dev.migrator.SetDefinition;
import dev.migrator.source.Location;

/**
 * Finds the migration sets libraries ship in their jars. A jar lists its sets in the index
 * {@code META-INF/migrator/sets.properties} ({@code sets=river,audit}); each set has its
 * descriptor {@code META-INF/migrator/sets/<name>/set.properties} ({@code order=before|after},
 * optional {@code table}) with its migration files next to it. An index is a file, which every
 * class loader finds in every jar, where listing a folder is not reliable (jars built without
 * directory entries have none to find).
 */
public final class SetDiscovery {

	static final String INDEX = "META-INF/migrator/sets.properties";

	static final String FOLDER = "META-INF/migrator/sets/";

	private SetDiscovery() {
	}

	/**
	 * @throws MigrationSourceException when a set is declared twice, has no descriptor, or its
	 * descriptor is not understood
	 */
	public static List<SetDefinition> discover(ClassLoader classLoader) {
		try {
			Map<String, URL> declaredBy = new LinkedHashMap<>();
			List<String> problems = new ArrayList<>();
			for (URL index : Collections.list(classLoader.getResources(INDEX))) {
				for (String name : names(load(index))) {
					URL earlier = declaredBy.putIfAbsent(name, index);
					if (earlier != null) {
						problems.add("migration set " + name + " is declared twice, in " + earlier + " and " + index);
					}
				}
			}
			List<SetDefinition> sets = new ArrayList<>();
			for (Map.Entry<String, URL> declared : declaredBy.entrySet()) {
				try {
					sets.add(definition(declared.getKey(), declared.getValue(), classLoader));
				}
				catch (IllegalArgumentException ex) {
					problems.add(ex.getMessage());
				}
			}
			if (!problems.isEmpty()) {
				throw new MigrationSourceException(problems);
			}
			return sets;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read the migration set descriptors", ex);
		}
	}

	private static List<String> names(Properties index) {
		List<String> names = new ArrayList<>();
		for (String name : index.getProperty("sets", "").split(",")) {
			if (!name.isBlank()) {
				names.add(name.strip());
			}
		}
		return names;
	}

	private static SetDefinition definition(String name, URL index, ClassLoader classLoader) throws IOException {
		String folder = FOLDER + name;
		List<URL> descriptors = Collections.list(classLoader.getResources(folder + "/" + Location.SET_DESCRIPTOR));
		if (descriptors.size() != 1) {
			throw new IllegalArgumentException("migration set " + name + " (listed in " + index + ") needs exactly one "
					+ folder + "/" + Location.SET_DESCRIPTOR + ", found " + descriptors.size());
		}
		Properties descriptor = load(descriptors.get(0));
		String order = descriptor.getProperty("order", "").strip().toLowerCase(Locale.ROOT);
		if (!order.equals("before") && !order.equals("after")) {
			throw new IllegalArgumentException("migration set " + name + ": " + descriptors.get(0)
					+ " needs order=before or order=after (relative to the application's migrations), not '" + order + "'");
		}
		return new SetDefinition(name, List.of("classpath:" + folder), descriptor.getProperty("table"),
				SetDefinition.Order.valueOf(order.toUpperCase(Locale.ROOT)));
	}

	private static Properties load(URL url) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = url.openStream()) {
			properties.load(in);
		}
		return properties;
	}

}
