package dev.migrator.generate;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;

import dev.migrator.GeneratorException;

/**
 * Writes a new up/down pair into a migration folder: the next version by the folder's
 * {@link VersionScheme}, and both files created exclusively, so an existing file is never
 * overwritten. Writers in one JVM take turns per folder, so pairs written concurrently get
 * distinct versions.
 */
public final class MigrationWriter {

	private static final Pattern DESCRIPTION = Pattern.compile("[a-z][a-z0-9_]{0,99}");

	/** One monitor per folder: choosing a version and creating its files must not interleave. */
	private static final Map<Path, Object> FOLDER_TURNS = new ConcurrentHashMap<>();

	private final Path folder;

	private final VersionScheme versions;

	private final Clock clock;

	/**
	 * @param folder the migration folder to write to (created when missing)
	 * @param versions how the folder numbers its migrations
	 * @param clock the time of {@link VersionScheme#TIMESTAMP} versions
	 */
	public MigrationWriter(Path folder, VersionScheme versions, Clock clock) {
		this.folder = folder;
		this.versions = versions;
		this.clock = clock;
	}

	/** Writes a pair whose text is already known, e.g. {@code write("add_orders_status", up, down)}. */
	public WrittenMigration write(String description, String upSql, String downSql) {
		return write(description, (stem) -> new Contents(upSql, downSql));
	}

	/**
	 * Writes a pair whose text depends on its file names.
	 *
	 * @param description the snake_case part of the file names
	 * @param render the pair's text, given the stem both files share, e.g. {@code 000002_add_orders_status}
	 */
	WrittenMigration write(String description, Function<String, Contents> render) {
		return write(description, render, () -> {
		});
	}

	/**
	 * Writes a pair and then whatever belongs with it (a model class), or none of them: when
	 * {@code alongside} fails, the pair is removed again.
	 */
	WrittenMigration write(String description, Function<String, Contents> render, Runnable alongside) {
		requireSnakeCase(description);
		try {
			Files.createDirectories(this.folder);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not create " + this.folder, ex);
		}
		synchronized (FOLDER_TURNS.computeIfAbsent(this.folder.toAbsolutePath().normalize(), (key) -> new Object())) {
			String version = this.versions.next(this.folder, this.clock);
			String stem = version + "_" + description;
			Contents contents = render.apply(stem);
			Path up = this.folder.resolve(stem + ".up.sql");
			Path down = this.folder.resolve(stem + ".down.sql");
			createNew(up, contents.up());
			try {
				createNew(down, contents.down());
			}
			catch (RuntimeException ex) {
				// never leave half a pair: an up without its down would run as an irreversible migration
				deleteOurs(up);
				throw ex;
			}
			try {
				alongside.run();
			}
			catch (RuntimeException ex) {
				deleteOurs(up);
				deleteOurs(down);
				throw ex;
			}
			return new WrittenMigration(version, up, down);
		}
	}

	/** The description ends up in a file name: nothing but snake_case may escape the folder or confuse a parser. */
	static void requireSnakeCase(String description) {
		if (description == null || !DESCRIPTION.matcher(description).matches()) {
			throw new GeneratorException("The migration name '" + description + "' must be snake_case: lower-case"
					+ " letters, digits and underscores, starting with a letter (e.g. add_orders_status).");
		}
	}

	private static void deleteOurs(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not remove " + file + ", written without the rest of its migration", ex);
		}
	}

	static void createNew(Path file, String content) {
		try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
			out.write(content.getBytes(StandardCharsets.UTF_8));
		}
		catch (FileAlreadyExistsException ex) {
			throw new GeneratorException(file + " already exists; the generator never overwrites a file.");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not write " + file, ex);
		}
	}

	/**
	 * The text of a pair.
	 *
	 * @param up the up file's text
	 * @param down the down file's text
	 */
	record Contents(String up, String down) {

	}

}
