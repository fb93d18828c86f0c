package dev.migrator.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import dev.migrator.MigrationSourceException;

/**
 * Lists the files directly in a location (not in sub-folders, as golang-migrate): a
 * filesystem folder, or a classpath folder in directories and jars, including Spring Boot's
 * nested jars, which answer {@link JarURLConnection} too.
 */
final class LocationScanner {

	private LocationScanner() {
	}

	/** A file found in a location. */
	record Found(String fileName, String displayLocation, MigrationScript.ContentSource source) {

	}

	/**
	 * @throws MigrationSourceException when the location is missing or is not a folder
	 */
	static List<Found> scan(Location location, ClassLoader classLoader) {
		try {
			return location.classpath() ? scanClasspath(location, classLoader) : scanFilesystem(location);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not list " + location, ex);
		}
	}

	private static List<Found> scanFilesystem(Location location) throws IOException {
		Path folder = Paths.get(location.path()).toAbsolutePath().normalize();
		if (!Files.exists(folder)) {
			throw new MigrationSourceException(List.of("migration location " + location + " does not exist ("
					+ folder + "); create the folder or fix the location"));
		}
		if (!Files.isDirectory(folder)) {
			throw new MigrationSourceException(List.of("migration location " + location + " is a file, not a folder ("
					+ folder + "); point the location at the folder that holds the migrations"));
		}
		// named in messages as the user gave the location, which is how they know the files
		return listFolder(folder, location.path().replaceAll("(.)/+$", "$1"));
	}

	private static List<Found> listFolder(Path folder, String display) throws IOException {
		List<Found> found = new ArrayList<>();
		try (Stream<Path> files = Files.list(folder)) {
			files.forEach((file) -> {
				String name = file.getFileName().toString();
				found.add(new Found(name, display + "/" + name, () -> Files.newInputStream(file)));
			});
		}
		return found;
	}

	private static List<Found> scanClasspath(Location location, ClassLoader classLoader) throws IOException {
		List<Found> found = new ArrayList<>();
		boolean any = false;
		for (URL root : roots(location, classLoader)) {
			any = true;
			if ("file".equals(root.getProtocol())) {
				Path folder = toPath(root);
				if (!Files.isDirectory(folder)) {
					throw new MigrationSourceException(List.of("migration location " + location
							+ " is a file, not a folder (" + folder + ")"));
				}
				found.addAll(listFolder(folder, location.toString()));
			}
			else {
				found.addAll(listJar(root, location, classLoader));
			}
		}
		if (!any) {
			throw new MigrationSourceException(List.of("migration location " + location
					+ " was not found on the classpath; create the folder (src/main/resources/" + location.path()
					+ ") or fix the location"));
		}
		return found;
	}

	/**
	 * The folder in every directory and jar that has it. A jar built without directory
	 * entries has no folder to find; a migration set's folder is found there through its
	 * descriptor.
	 */
	private static Set<URL> roots(Location location, ClassLoader classLoader) throws IOException {
		Map<String, URL> roots = new LinkedHashMap<>();
		for (URL root : Collections.list(classLoader.getResources(location.path()))) {
			roots.putIfAbsent(withoutSlash(root.toString()), root);
		}
		String descriptor = "/" + Location.SET_DESCRIPTOR;
		for (URL found : Collections.list(classLoader.getResources(location.path() + descriptor))) {
			String folder = found.toString().substring(0, found.toString().length() - descriptor.length());
			// a jar is listed through any entry of it; a directory needs the folder itself
			roots.putIfAbsent(folder, "file".equals(found.getProtocol()) ? new URL(folder) : found);
		}
		return new LinkedHashSet<>(roots.values());
	}

	private static String withoutSlash(String url) {
		return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}

	private static List<Found> listJar(URL root, Location location, ClassLoader classLoader) throws IOException {
		URLConnection connection = root.openConnection();
		if (!(connection instanceof JarURLConnection jarConnection)) {
			throw new MigrationSourceException(List.of("migration location " + location + " is at " + root
					+ ", which cannot be listed; use a filesystem location"));
		}
		jarConnection.setUseCaches(false);
		String prefix = location.path() + "/";
		List<Found> found = new ArrayList<>();
		try (JarFile jar = jarConnection.getJarFile()) {
			Enumeration<JarEntry> entries = jar.entries();
			while (entries.hasMoreElements()) {
				JarEntry entry = entries.nextElement();
				String name = entry.getName();
				if (entry.isDirectory() || !name.startsWith(prefix) || name.indexOf('/', prefix.length()) >= 0) {
					continue;
				}
				String fileName = name.substring(prefix.length());
				String resource = name;
				found.add(new Found(fileName, location + "/" + fileName, () -> {
					var in = classLoader.getResourceAsStream(resource);
					if (in == null) {
						throw new IOException("Classpath resource " + resource + " disappeared");
					}
					return in;
				}));
			}
		}
		return found;
	}

	private static Path toPath(URL url) {
		try {
			return Paths.get(url.toURI());
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException("Unexpected classpath URL " + url, ex);
		}
	}

}
