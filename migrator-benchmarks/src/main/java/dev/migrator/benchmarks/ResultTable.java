package dev.migrator.benchmarks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.migrator.benchmarks.Samples.Stats;

/**
 * One scenario's results: per contender the median, min and max time, the median's ratio
 * to the floor and to each peer (row divided by column: above 1 means the row is slower),
 * and any extra columns a scenario adds. Renders as aligned text and as Markdown.
 */
final class ResultTable {

	private final String title;

	private final Samples samples;

	private final String floor;

	private final Map<String, Map<String, String>> extraColumns = new LinkedHashMap<>();

	private final List<String> notes = new ArrayList<>();

	/**
	 * @param title what was measured
	 * @param samples nanoseconds per contender
	 * @param floor the floor's label, or {@code null} when the scenario has none
	 */
	ResultTable(String title, Samples samples, String floor) {
		this.title = title;
		this.samples = samples;
		this.floor = floor;
	}

	ResultTable column(String header, Map<String, String> valueByContender) {
		this.extraColumns.put(header, valueByContender);
		return this;
	}

	ResultTable note(String note) {
		this.notes.add(note);
		return this;
	}

	String toText() {
		List<List<String>> rows = rows();
		int[] widths = new int[rows.get(0).size()];
		for (List<String> row : rows) {
			for (int i = 0; i < row.size(); i++) {
				widths[i] = Math.max(widths[i], row.get(i).length());
			}
		}
		StringBuilder text = new StringBuilder(this.title).append('\n');
		for (int r = 0; r < rows.size(); r++) {
			List<String> row = rows.get(r);
			for (int i = 0; i < row.size(); i++) {
				String format = (i == 0) ? "%-" + widths[i] + "s" : "  %" + widths[i] + "s";
				text.append(String.format(format, row.get(i)));
			}
			text.append('\n');
			if (r == 0) {
				text.append("-".repeat(Arrays.stream(widths).sum() + 2 * (widths.length - 1))).append('\n');
			}
		}
		this.notes.forEach((note) -> text.append("  ").append(note).append('\n'));
		return text.toString();
	}

	String toMarkdown() {
		List<List<String>> rows = rows();
		StringBuilder markdown = new StringBuilder("### ").append(this.title).append("\n\n");
		for (int r = 0; r < rows.size(); r++) {
			markdown.append("| ").append(String.join(" | ", rows.get(r))).append(" |\n");
			if (r == 0) {
				markdown.append("|---").append("|--:".repeat(rows.get(r).size() - 1)).append("|\n");
			}
		}
		if (!this.notes.isEmpty()) {
			markdown.append('\n');
			this.notes.forEach((note) -> markdown.append(note).append("  \n"));
		}
		return markdown.append('\n').toString();
	}

	private List<List<String>> rows() {
		List<String> contenders = this.samples.contenders();
		List<String> peers = contenders.stream().filter((contender) -> !contender.equals(this.floor)).toList();
		List<List<String>> rows = new ArrayList<>();
		List<String> header = new ArrayList<>(List.of("contender", "median ms", "min ms", "max ms"));
		if (this.floor != null) {
			header.add("× floor");
		}
		peers.forEach((peer) -> header.add("× " + peer));
		header.addAll(this.extraColumns.keySet());
		rows.add(header);
		for (String contender : contenders) {
			Stats stats = this.samples.stats(contender);
			List<String> row = new ArrayList<>(List.of(contender, millis(stats.median()), millis(stats.min()),
					millis(stats.max())));
			if (this.floor != null) {
				row.add(ratio(stats, this.floor));
			}
			peers.forEach((peer) -> row.add(ratio(stats, peer)));
			this.extraColumns.values().forEach((column) -> row.add(column.getOrDefault(contender, "")));
			rows.add(row);
		}
		return rows;
	}

	private String ratio(Stats stats, String other) {
		return String.format("%.2f", stats.median() / this.samples.stats(other).median());
	}

	private static String millis(double nanos) {
		double millis = nanos / 1_000_000;
		return (millis < 10) ? String.format("%.2f", millis) : String.format("%,.0f", millis);
	}

}
