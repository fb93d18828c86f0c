package dev.migrator.report;

import java.util.List;
import java.util.StringJoiner;

/** Left-aligned columns two spaces apart, the first row being the header; no trailing spaces. */
final class TextTable {

	private TextTable() {
	}

	static String of(List<List<String>> rows) {
		int[] widths = new int[rows.get(0).size()];
		for (List<String> row : rows) {
			for (int i = 0; i < row.size(); i++) {
				widths[i] = Math.max(widths[i], row.get(i).length());
			}
		}
		StringJoiner text = new StringJoiner("\n");
		for (List<String> row : rows) {
			StringBuilder line = new StringBuilder();
			for (int i = 0; i < row.size(); i++) {
				line.append(row.get(i)).append(" ".repeat(widths[i] - row.get(i).length() + 2));
			}
			text.add(line.toString().stripTrailing());
		}
		return text.toString();
	}

}
