package dev.migrator.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * How a folder numbers its migrations, and the next version by that convention: sequential
 * numbers zero-padded to the widest existing version, or UTC {@code yyyyMMddHHmmss}
 * timestamps. A folder that mixes both follows its newest (highest) version. The next
 * version is always above every existing one.
 */
public enum VersionScheme {

	/** Follow the folder: timestamps if its newest version is one, else sequential. */
	AUTO,

	/** {@code 000001}, {@code 000002}, … */
	SEQUENTIAL,

	/** {@code 20251220123456}: UTC time of creation. */
	TIMESTAMP;

	private static final Pattern MIGRATION = Pattern.compile("(\\d{1,18})_.+\\.(up|down)\\.sql");

	private static final DateTimeFormatter TIMESTAMP_FORMAT = DateTimeFormatter.ofPattern("yyyyMMddHHmmss")
		.withZone(ZoneOffset.UTC);

	private static final int TIMESTAMP_DIGITS = 14;

	private static final int DEFAULT_WIDTH = 6;

	/** The next version for a folder, as it will be written in the file name. */
	String next(Path folder, Clock clock) {
		long highest = -1;
		int highestDigits = 0;
		int widest = 0;
		for (String name : fileNames(folder)) {
			Matcher matcher = MIGRATION.matcher(name);
			if (!matcher.matches()) {
				continue;
			}
			String digits = matcher.group(1);
			long version = Long.parseLong(digits);
			widest = Math.max(widest, digits.length());
			if (version > highest) {
				highest = version;
				highestDigits = digits.length();
			}
		}
		boolean timestamps = (this == TIMESTAMP) || (this == AUTO && highestDigits == TIMESTAMP_DIGITS);
		if (timestamps) {
			long now = Long.parseLong(TIMESTAMP_FORMAT.format(clock.instant()));
			return Long.toString(Math.max(now, highest + 1));
		}
		long next = Math.max(highest, 0) + 1;
		return String.format("%0" + ((widest > 0) ? widest : DEFAULT_WIDTH) + "d", next);
	}

	private static String[] fileNames(Path folder) {
		if (!Files.isDirectory(folder)) {
			return new String[0];
		}
		try (Stream<Path> files = Files.list(folder)) {
			return files.map((file) -> file.getFileName().toString()).toArray(String[]::new);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not list " + folder, ex);
		}
	}

}
