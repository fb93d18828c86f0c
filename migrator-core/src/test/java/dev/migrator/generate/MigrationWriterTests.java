package dev.migrator.generate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import dev.migrator.GeneratorException;
import dev.migrator.test.MigrationFolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class MigrationWriterTests {

	static final Instant NOW = Instant.parse("2026-11-24T10:15:30Z");

	static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

	@TempDir
	Path folder;

	static Stream<Arguments> numbering() {
		return Stream.of(
				arguments("an empty folder starts at one", VersionScheme.AUTO, List.of(), "000001"),
				arguments("sequential in an empty folder", VersionScheme.SEQUENTIAL, List.of(), "000001"),
				arguments("timestamp in an empty folder", VersionScheme.TIMESTAMP, List.of(), "20261124101530"),
				arguments("the widest version sets the width", VersionScheme.AUTO,
						List.of("1_a.up.sql", "0009_b.up.sql"), "0010"),
				arguments("unpadded numbers stay unpadded", VersionScheme.AUTO, List.of("1_a.up.sql", "2_b.up.sql"), "3"),
				arguments("a number outgrows its width", VersionScheme.AUTO, List.of("99_a.up.sql"), "100"),
				arguments("gaps are skipped, never filled", VersionScheme.AUTO,
						List.of("000001_a.up.sql", "000007_b.up.sql"), "000008"),
				arguments("a down file alone counts", VersionScheme.AUTO, List.of("000004_a.down.sql"), "000005"),
				arguments("files that are not migrations do not count", VersionScheme.AUTO,
						List.of("README.md", "000009_notes.sql", "V10__flyway.sql", "000011.up.sql"), "000001"),
				arguments("a timestamp folder gets the UTC time", VersionScheme.AUTO,
						List.of("20251220123456_a.up.sql"), "20261124101530"),
				arguments("a mixed folder whose newest is a timestamp gets the time", VersionScheme.AUTO,
						List.of("000003_a.up.sql", "20251220123456_b.up.sql"), "20261124101530"),
				arguments("a mixed folder whose newest is sequential counts on", VersionScheme.AUTO,
						List.of("20251220123456_a.up.sql", "99999999999999999_b.up.sql"), "100000000000000000"),
				arguments("sequential asked in a timestamp folder counts on", VersionScheme.SEQUENTIAL,
						List.of("20251220123456_a.up.sql"), "20251220123457"),
				arguments("timestamp asked in a sequential folder", VersionScheme.TIMESTAMP,
						List.of("000001_a.up.sql"), "20261124101530"),
				arguments("a timestamp taken this second is bumped past", VersionScheme.AUTO,
						List.of("20261124101530_a.up.sql"), "20261124101531"),
				arguments("a timestamp ahead of the clock is bumped past", VersionScheme.TIMESTAMP,
						List.of("20261124101545_a.up.sql"), "20261124101546"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("numbering")
	void numbersTheNewPairByTheFolderConvention(String scenario, VersionScheme scheme, List<String> existing,
			String expected) throws IOException {
		for (String name : existing) {
			Files.writeString(this.folder.resolve(name), "SELECT 1;\n");
		}
		WrittenMigration written = new MigrationWriter(this.folder, scheme, CLOCK).write("next", "SELECT 2;\n", "");
		assertThat(written.version()).isEqualTo(expected);
		assertThat(written.up()).hasFileName(expected + "_next.up.sql");
		assertThat(written.down()).hasFileName(expected + "_next.down.sql");
	}

	@Test
	void writesThePairIntoAMissingFolderAndReturnsItsPaths() throws IOException {
		Path migrations = this.folder.resolve("db/migrations");
		WrittenMigration written = new MigrationWriter(migrations, VersionScheme.AUTO, CLOCK)
			.write("add_orders_status", "ALTER TABLE orders ADD COLUMN status text;\n",
					"ALTER TABLE orders DROP COLUMN status;\n");
		assertThat(written).isEqualTo(new WrittenMigration("000001", migrations.resolve("000001_add_orders_status.up.sql"),
				migrations.resolve("000001_add_orders_status.down.sql")));
		assertThat(written.up()).hasContent("ALTER TABLE orders ADD COLUMN status text;");
		assertThat(written.down()).hasContent("ALTER TABLE orders DROP COLUMN status;");
		try (Stream<Path> files = Files.list(migrations)) {
			assertThat(files).hasSize(2);
		}
	}

	@Test
	void rendersTheTextOnceTheFileNamesAreKnown() {
		new MigrationFolder(this.folder).up("000041_a", "SELECT 1;\n");
		WrittenMigration written = new MigrationWriter(this.folder, VersionScheme.AUTO, CLOCK).write("undo_me",
				(stem) -> new MigrationWriter.Contents("SELECT 1;\n", "-- Undoes " + stem + ".up.sql\n"));
		assertThat(written.down()).hasContent("-- Undoes 000042_undo_me.up.sql");
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "../escape", "AddThing", "add orders", "add-orders", "1_first" })
	void refusesADescriptionThatIsNotSnakeCaseBeforeTouchingTheFolder(String description) {
		Path migrations = this.folder.resolve("migrations");
		MigrationWriter writer = new MigrationWriter(migrations, VersionScheme.AUTO, CLOCK);
		assertThatExceptionOfType(GeneratorException.class).isThrownBy(() -> writer.write(description, "", ""))
			.withMessageContaining("must be snake_case");
		assertThat(migrations).doesNotExist();
	}

	@Test
	void neverOverwritesAFileCreatedBetweenChoosingTheVersionAndWritingIt() throws IOException {
		Path theirs = this.folder.resolve("20261124101530_race.up.sql");
		// The clock is read after the folder is listed: the other writer's file appears right then.
		Clock racingClock = new ClockThatRuns(
				() -> new MigrationFolder(this.folder).write(theirs.getFileName().toString(), "-- theirs\n"));
		MigrationWriter writer = new MigrationWriter(this.folder, VersionScheme.TIMESTAMP, racingClock);
		assertThatExceptionOfType(GeneratorException.class)
			.isThrownBy(() -> writer.write("race", "-- ours\n", "-- ours, down\n"))
			.withMessage(theirs + " already exists; the generator never overwrites a file.");
		assertThat(theirs).hasContent("-- theirs");
		assertThat(this.folder.resolve("20261124101530_race.down.sql")).doesNotExist();
	}

	@Test
	void aDownFileThatAppearsMidWriteLeavesNoHalfPair() throws IOException {
		Path theirs = this.folder.resolve("20261124101530_race.down.sql");
		Clock racingClock = new ClockThatRuns(
				() -> new MigrationFolder(this.folder).write(theirs.getFileName().toString(), "-- theirs\n"));
		MigrationWriter writer = new MigrationWriter(this.folder, VersionScheme.TIMESTAMP, racingClock);
		assertThatExceptionOfType(GeneratorException.class)
			.isThrownBy(() -> writer.write("race", "-- ours\n", "-- ours, down\n"))
			.withMessage(theirs + " already exists; the generator never overwrites a file.");
		assertThat(theirs).hasContent("-- theirs");
		assertThat(this.folder.resolve("20261124101530_race.up.sql")).doesNotExist();
	}

	@Test
	void pairsWrittenConcurrentlyIntoOneFolderGetDistinctVersionsAndNothingIsOverwritten() throws Exception {
		int writers = 8;
		// The clock is read between listing the folder and writing: a slow one keeps every writer in that gap.
		Clock slowClock = new ClockThatRuns(MigrationWriterTests::pause);
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(writers);
		List<Future<WrittenMigration>> futures = new ArrayList<>();
		try {
			for (int i = 0; i < writers; i++) {
				String description = "writer_" + i;
				futures.add(pool.submit(() -> {
					start.await();
					return new MigrationWriter(this.folder, VersionScheme.TIMESTAMP, slowClock).write(description,
							"-- up of " + description + "\n", "-- down of " + description + "\n");
				}));
			}
			start.countDown();
			List<WrittenMigration> written = new ArrayList<>();
			for (Future<WrittenMigration> future : futures) {
				written.add(future.get());
			}
			assertThat(written).extracting(WrittenMigration::version)
				.containsExactlyInAnyOrderElementsOf(
						LongStream.range(0, writers).mapToObj((n) -> Long.toString(20261124101530L + n)).toList());
			for (WrittenMigration pair : written) {
				String description = pair.up().getFileName().toString().replaceAll("^\\d+_|\\.up\\.sql$", "");
				assertThat(pair.up()).hasContent("-- up of " + description);
				assertThat(pair.down()).hasContent("-- down of " + description);
			}
			try (Stream<Path> files = Files.list(this.folder)) {
				assertThat(files).hasSize(2 * writers);
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	private static void pause() {
		try {
			Thread.sleep(20);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** A clock fixed at {@link #NOW} that runs an action each time it is read. */
	private static final class ClockThatRuns extends Clock {

		private final Runnable action;

		ClockThatRuns(Runnable action) {
			this.action = action;
		}

		@Override
		public Instant instant() {
			this.action.run();
			return NOW;
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			throw new UnsupportedOperationException();
		}

	}

}
