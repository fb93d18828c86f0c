package dev.migrator.source;

import java.util.Optional;

/**
 * A parsed migration file name: {@code {version}_{description}.up.sql} or
 * {@code .down.sql}, where the version is 1 to 18 digits compared as a number and the
 * description is anything non-empty, as golang-migrate accepts.
 *
 * @param version the version
 * @param description the text between the first underscore and the direction suffix
 * @param direction up or down
 */
record MigrationFileName(long version, String description, Direction direction) {

	private static final String UP_SUFFIX = ".up.sql";

	private static final String DOWN_SUFFIX = ".down.sql";

	private static final int MAX_VERSION_DIGITS = 18;

	/** Whether a file in a location is meant to be a migration: every {@code .sql} file is. */
	static boolean isCandidate(String fileName) {
		return fileName.endsWith(".sql");
	}

	static Optional<MigrationFileName> parse(String fileName) {
		Direction direction;
		String stem;
		if (fileName.endsWith(UP_SUFFIX)) {
			direction = Direction.UP;
			stem = fileName.substring(0, fileName.length() - UP_SUFFIX.length());
		}
		else if (fileName.endsWith(DOWN_SUFFIX)) {
			direction = Direction.DOWN;
			stem = fileName.substring(0, fileName.length() - DOWN_SUFFIX.length());
		}
		else {
			return Optional.empty();
		}
		int underscore = stem.indexOf('_');
		if (underscore < 1 || underscore > MAX_VERSION_DIGITS || underscore == stem.length() - 1) {
			return Optional.empty();
		}
		for (int i = 0; i < underscore; i++) {
			if (stem.charAt(i) < '0' || stem.charAt(i) > '9') {
				return Optional.empty();
			}
		}
		return Optional.of(new MigrationFileName(Long.parseLong(stem.substring(0, underscore)),
				stem.substring(underscore + 1), direction));
	}

}
