package dev.migrator.source;

/**
 * Where migration files live: {@code classpath:db/migrations}, {@code filesystem:/path}, or
 * a bare path, which is a filesystem path.
 *
 * @param classpath whether the path is a classpath folder
 * @param path the folder, without its prefix
 */
public record Location(boolean classpath, String path) {

	/**
	 * The descriptor of a migration set a library ships, in the set's folder; the scanner
	 * finds the folder through it in jars that have no directory entries.
	 */
	public static final String SET_DESCRIPTOR = "set.properties";

	private static final String CLASSPATH_PREFIX = "classpath:";

	private static final String FILESYSTEM_PREFIX = "filesystem:";

	public static Location parse(String location) {
		String trimmed = location.strip();
		if (trimmed.startsWith(CLASSPATH_PREFIX)) {
			return new Location(true, trimSlashes(trimmed.substring(CLASSPATH_PREFIX.length())));
		}
		if (trimmed.startsWith(FILESYSTEM_PREFIX)) {
			return new Location(false, trimmed.substring(FILESYSTEM_PREFIX.length()));
		}
		return new Location(false, trimmed);
	}

	private static String trimSlashes(String path) {
		String trimmed = path;
		while (trimmed.startsWith("/")) {
			trimmed = trimmed.substring(1);
		}
		while (trimmed.endsWith("/")) {
			trimmed = trimmed.substring(0, trimmed.length() - 1);
		}
		return trimmed;
	}

	@Override
	public String toString() {
		return (this.classpath ? CLASSPATH_PREFIX : FILESYSTEM_PREFIX) + this.path;
	}

}
