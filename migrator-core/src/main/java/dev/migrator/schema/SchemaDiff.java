package dev.migrator.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The structural differences between two schemas, object by object in the order of their
 * keys, as typed {@link SchemaChange}s; {@link #sentences} renders them for people.
 */
public final class SchemaDiff {

	private final List<SchemaChange> changes;

	private SchemaDiff(List<SchemaChange> changes) {
		this.changes = List.copyOf(changes);
	}

	public static SchemaDiff between(Schema before, Schema after) {
		Map<String, SchemaObject> first = before.objects();
		Map<String, SchemaObject> second = after.objects();
		TreeSet<String> keys = new TreeSet<>(first.keySet());
		keys.addAll(second.keySet());
		List<SchemaChange> changes = new ArrayList<>();
		for (String key : keys) {
			SchemaObject a = first.get(key);
			SchemaObject b = second.get(key);
			if (a == null) {
				changes.add(new SchemaChange.Added(b));
			}
			else if (b == null) {
				changes.add(new SchemaChange.Removed(a));
			}
			else if (a.getClass() != b.getClass()) {
				changes.add(new SchemaChange.Removed(a));
				changes.add(new SchemaChange.Added(b));
			}
			else if (!a.equals(b)) {
				changes.add(new SchemaChange.Changed(a, b));
			}
		}
		return new SchemaDiff(changes);
	}

	public List<SchemaChange> changes() {
		return this.changes;
	}

	public boolean isEmpty() {
		return this.changes.isEmpty();
	}

	/** The changes of the relation's own parts: its columns, constraints, indexes, triggers, policies. */
	public List<SchemaChange> changesOn(QualifiedName relation) {
		return this.changes.stream()
			.filter((change) -> object(change) instanceof SchemaObject.OnRelation part && part.relation().equals(relation))
			.toList();
	}

	/**
	 * Each change as a sentence that names the object and the two moments compared ("index
	 * public.idx_x exists after down but not before up"). A table only one side has is one
	 * sentence that names its parts; its columns, constraints, indexes, triggers, policies,
	 * comments and owned sequences get none of their own.
	 * @param beforeLabel what the first schema is, e.g. "before up"
	 * @param afterLabel what the second is, e.g. "after down"
	 */
	public List<String> sentences(String beforeLabel, String afterLabel) {
		WholeTables wholeTables = new WholeTables(this.changes);
		List<String> sentences = new ArrayList<>();
		for (SchemaChange change : this.changes) {
			if (wholeTables.isPart(change)) {
				continue;
			}
			sentences.add(wholeTables.summary(change)
				.map((summary) -> existsOnOneSide(change, beforeLabel, afterLabel) + " (" + summary + ")")
				.orElseGet(() -> sentence(change, beforeLabel, afterLabel)));
		}
		return sentences;
	}

	private static String existsOnOneSide(SchemaChange change, String beforeLabel, String afterLabel) {
		boolean added = change instanceof SchemaChange.Added;
		return change.key() + " exists " + (added ? afterLabel : beforeLabel) + " but not "
				+ (added ? beforeLabel : afterLabel);
	}

	private static String sentence(SchemaChange change, String beforeLabel, String afterLabel) {
		if (change instanceof SchemaChange.Changed changed) {
			return changed(changed, beforeLabel, afterLabel);
		}
		return existsOnOneSide(change, beforeLabel, afterLabel) + " (" + excerpt(object(change).describe()) + ")";
	}

	static SchemaObject object(SchemaChange change) {
		if (change instanceof SchemaChange.Changed changed) {
			return changed.before();
		}
		return (change instanceof SchemaChange.Added added) ? added.object() : ((SchemaChange.Removed) change).object();
	}

	private static String changed(SchemaChange.Changed change, String beforeLabel, String afterLabel) {
		String a = change.before().describe();
		String b = change.after().describe();
		if (a.equals(b)) {
			// a fact the description leaves out
			return change.key() + " differs in " + String.join(", ", change.differingFacts());
		}
		return change.key() + " differs: " + beforeLabel + " " + firstDifferingLine(a, b) + ", " + afterLabel + " "
				+ firstDifferingLine(b, a);
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
