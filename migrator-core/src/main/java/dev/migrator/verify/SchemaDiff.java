package dev.migrator.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The differences between two snapshots, each rendered as a sentence that names the object
 * and the two moments compared ("index public.idx_x exists after down but not before up").
 */
public final class SchemaDiff {

	private final List<String> differences;

	private SchemaDiff(List<String> differences) {
		this.differences = List.copyOf(differences);
	}

	/**
	 * @param beforeLabel what the first snapshot is, e.g. "before up"
	 * @param afterLabel what the second is, e.g. "after down"
	 */
	public static SchemaDiff between(SchemaSnapshot before, String beforeLabel, SchemaSnapshot after,
			String afterLabel) {
		Map<String, String> first = before.objects();
		Map<String, String> second = after.objects();
		TreeSet<String> keys = new TreeSet<>(first.keySet());
		keys.addAll(second.keySet());
		List<String> differences = new ArrayList<>();
		for (String key : keys) {
			String a = first.get(key);
			String b = second.get(key);
			if (a == null) {
				differences.add(key + " exists " + afterLabel + " but not " + beforeLabel + " (" + excerpt(b) + ")");
			}
			else if (b == null) {
				differences.add(key + " exists " + beforeLabel + " but not " + afterLabel + " (" + excerpt(a) + ")");
			}
			else if (!a.equals(b)) {
				differences.add(key + " differs: " + beforeLabel + " " + firstDifferingLine(a, b) + ", " + afterLabel
						+ " " + firstDifferingLine(b, a));
			}
		}
		return new SchemaDiff(differences);
	}

	public boolean isEmpty() {
		return this.differences.isEmpty();
	}

	public List<String> differences() {
		return this.differences;
	}

	public Optional<String> firstDifference() {
		return this.differences.stream().findFirst();
	}

	private static String firstDifferingLine(String text, String other) {
		String[] lines = text.split("\n", -1);
		String[] otherLines = other.split("\n", -1);
		for (int i = 0; i < lines.length; i++) {
			if (i >= otherLines.length || !lines[i].equals(otherLines[i])) {
				return "'" + excerpt(lines[i].strip()) + "'" + ((lines.length > 1) ? " (line " + (i + 1) + ")" : "");
			}
		}
		return "'" + excerpt(text) + "'";
	}

	private static String excerpt(String text) {
		String line = text.replaceAll("\\s+", " ").strip();
		return (line.length() > 160) ? line.substring(0, 157) + "..." : line;
	}

}
