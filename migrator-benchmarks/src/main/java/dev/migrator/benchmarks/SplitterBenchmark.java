package dev.migrator.benchmarks;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.migrator.sql.SqlStatementReader;

/**
 * Streams a pg_dump-like file through Migrator's {@link SqlStatementReader}, against a
 * floor that only reads the same characters through the same UTF-8 reader. Run for a
 * 10 MB and a 100 MB file: throughput should not drop and live heap should not grow with
 * the file's size.
 */
final class SplitterBenchmark {

	static final String SPLITTER = "Migrator splitter";

	static final String READ_ONLY = "floor (read only)";

	private final Rounds rounds;

	private final Path folder;

	private final HeapMeter heap = new HeapMeter();

	SplitterBenchmark(Rounds rounds, Path folder) {
		this.rounds = rounds;
		this.folder = folder;
	}

	ResultTable run(int megabytes) throws Exception {
		Path file = this.folder.resolve("dump-" + megabytes + "mb.sql");
		long bytes = DumpFile.write(file, megabytes * 1_000_000L);
		double mb = bytes / 1_000_000.0;
		Map<String, List<Long>> peakUsed = new LinkedHashMap<>();
		Map<String, List<Long>> liveAfterGc = new LinkedHashMap<>();
		long[] statements = new long[1];
		String title = String.format("Splitting a %.0f MB pg_dump-like file", mb);
		Samples samples = this.rounds.run("split", title, List.of(SPLITTER, READ_ONLY), (contender, lastRound) -> {
			this.heap.start();
			long start = System.nanoTime();
			long count = SPLITTER.equals(contender) ? split(file) : read(file);
			long nanos = System.nanoTime() - start;
			peakUsed.computeIfAbsent(contender, (key) -> new ArrayList<>()).add(this.heap.peakUsed());
			liveAfterGc.computeIfAbsent(contender, (key) -> new ArrayList<>()).add(this.heap.maxLiveAfterGc());
			if (SPLITTER.equals(contender)) {
				statements[0] = count;
			}
			return nanos;
		});
		Files.delete(file);
		Map<String, String> throughput = new LinkedHashMap<>();
		samples.contenders()
			.forEach((contender) -> throughput.put(contender,
					String.format("%.1f", mb / (samples.stats(contender).median() / 1e9))));
		return new ResultTable(title, samples, READ_ONLY).column("MB/s (median)", throughput)
			.column("peak heap used MB (max)", megabytes(peakUsed))
			.column("live heap after GC MB (max)", megabytes(liveAfterGc))
			.note(statements[0] + " statements; heap figures are above a baseline taken after System.gc()");
	}

	private static long split(Path file) throws IOException {
		long count = 0;
		try (SqlStatementReader statements = new SqlStatementReader(file.getFileName().toString(), reader(file))) {
			while (statements.hasNext()) {
				statements.next();
				count++;
			}
		}
		return count;
	}

	private static long read(Path file) throws IOException {
		long chars = 0;
		char[] buffer = new char[8192];
		try (Reader reader = reader(file)) {
			for (int read = reader.read(buffer); read != -1; read = reader.read(buffer)) {
				chars += read;
			}
		}
		return chars;
	}

	private static Reader reader(Path file) throws IOException {
		return Files.newBufferedReader(file, StandardCharsets.UTF_8);
	}

	private static Map<String, String> megabytes(Map<String, List<Long>> bytes) {
		Map<String, String> megabytes = new LinkedHashMap<>();
		bytes.forEach((contender, values) -> megabytes.put(contender,
				String.format("%.1f", values.stream().mapToLong(Long::longValue).max().orElse(0) / 1_000_000.0)));
		return megabytes;
	}

}
