package dev.migrator.cli;

import java.io.File;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.migrator.test.EmbeddedDatabaseTest;
import dev.migrator.test.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the CLI as a child JVM with a small heap on generated files: a file of INSERTs far
 * larger than the heap applies, and a single statement too large for it ends in one clear
 * message. The default suite runs a 40 MB file in 32 MB of heap; the README gives the
 * command for 200 MB in 64 MB ({@code -Dmigrator.heap.file-mb=200 -Dmigrator.heap.xmx=64m}).
 */
@EmbeddedDatabaseTest
class LargeFileTests {

	static final int FILE_MB = Integer.getInteger("migrator.heap.file-mb", 40);

	static final String XMX = System.getProperty("migrator.heap.xmx", "32m");

	/** A garbage collection in the unified log: heap in use before and after it. */
	static final Pattern COLLECTION = Pattern.compile("(\\d+)M->(\\d+)M\\(\\d+M\\)");

	@TempDir
	Path directory;

	@Test
	void aFileOfInsertsMuchLargerThanTheHeapApplies(TestDatabase db) throws Exception {
		Path migrations = Files.createDirectory(this.directory.resolve("migrations"));
		long rows = writeInserts(migrations.resolve("000001_load.up.sql"), FILE_MB * 1_000_000L);
		Path gcLog = this.directory.resolve("gc.log");
		long start = System.nanoTime();
		Result result = run(db, List.of("-Xmx" + XMX, "-Xlog:gc:file=" + gcLog), "--locations",
				migrations.toString(), "up");
		long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
		assertThat(result.exitCode()).as(result.output()).isZero();
		assertThat(db.queryColumn("SELECT count(*) FROM big")).containsExactly(String.valueOf(rows));
		long[] heap = peakHeapMb(gcLog);
		System.out.printf("LARGE FILE %d MB (%d statements) with -Xmx%s: %d s, peak heap in use %d MB, peak live"
				+ " after GC %d MB%n", FILE_MB, rows + 1, XMX, seconds, heap[0], heap[1]);
	}

	@Test
	void aStatementTooLargeForTheHeapExitsOneSayingWhatToDo(TestDatabase db) throws Exception {
		Path migrations = Files.createDirectory(this.directory.resolve("migrations"));
		Files.writeString(migrations.resolve("000001_first.up.sql"), "CREATE TABLE first (id int);\n");
		Path huge = migrations.resolve("000002_huge.up.sql");
		try (Writer out = Files.newBufferedWriter(huge)) {
			out.write("CREATE TABLE huge (note text);\nINSERT INTO huge VALUES ('");
			String chunk = "x".repeat(1_000);
			for (int i = 0; i < 48_000; i++) {
				out.write(chunk);
			}
			out.write("');\n");
		}
		Result result = run(db, List.of("-Xmx32m"), "--locations", migrations.toString(), "up");
		assertThat(result.exitCode()).isEqualTo(1);
		assertThat(result.output()).contains("error: " + huge + ": migration 2 (huge, up) stopped on an unexpected"
				+ " java.lang.OutOfMemoryError")
			.contains("nothing was run, the database is unchanged")
			.contains("give it more heap with -Xmx")
			.contains("split the file")
			.doesNotContain("\tat ")
			.doesNotContain("Exception in thread");
		assertThat(db.tableExists("first")).isFalse();
		assertThat(db.tableExists("schema_migrations")).isFalse();
	}

	/** Writes INSERT statements of about 100 bytes up to {@code bytes}; returns how many. */
	private static long writeInserts(Path file, long bytes) throws IOException {
		long rows = 0;
		long written = 0;
		try (Writer out = Files.newBufferedWriter(file)) {
			String create = "CREATE TABLE big (id bigint PRIMARY KEY, note text);\n";
			out.write(create);
			written += create.length();
			while (written < bytes) {
				rows++;
				String insert = "INSERT INTO big (id, note) VALUES (" + rows + ", 'row " + rows
						+ " of a file larger than the heap; it; has; semicolons');\n";
				out.write(insert);
				written += insert.length();
			}
		}
		return rows;
	}

	/** The most heap in use before, and live after, any collection in the log, in MB. */
	private static long[] peakHeapMb(Path gcLog) throws IOException {
		long[] peak = new long[2];
		for (String line : Files.readAllLines(gcLog)) {
			Matcher collection = COLLECTION.matcher(line);
			if (collection.find()) {
				peak[0] = Math.max(peak[0], Long.parseLong(collection.group(1)));
				peak[1] = Math.max(peak[1], Long.parseLong(collection.group(2)));
			}
		}
		return peak;
	}

	private Result run(TestDatabase db, List<String> jvmOptions, String... args) throws Exception {
		File log = this.directory.resolve("cli.log").toFile();
		Files.deleteIfExists(log.toPath());
		Process process = ChildCli.start(db, jvmOptions, log, args);
		assertThat(process.waitFor(10, TimeUnit.MINUTES)).isTrue();
		return new Result(process.exitValue(), Files.readString(log.toPath()));
	}

	record Result(int exitCode, String output) {
	}

}
