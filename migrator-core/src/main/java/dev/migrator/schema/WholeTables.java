package dev.migrator.schema;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The tables that only one side of a {@link SchemaDiff} has, with the changes that are their
 * parts: a person reads "the table is new (its columns, key, indexes)", not a line per part.
 * The columns of a view only one side has go with the view's sentence too.
 */
final class WholeTables {

	/** Each table or view only one side has, by name, with the class of its change (added or removed). */
	private final Map<QualifiedName, Class<?>> tables = new HashMap<>();

	/** The views among them, whose columns alone are folded (a materialized view's indexes keep their lines). */
	private final Set<QualifiedName> views = new HashSet<>();

	/** The parts folded into each such table, in key order. */
	private final Map<QualifiedName, List<SchemaObject>> parts = new HashMap<>();

	WholeTables(List<SchemaChange> changes) {
		for (SchemaChange change : changes) {
			if (!(change instanceof SchemaChange.Changed) && SchemaDiff.object(change) instanceof Table table) {
				this.tables.put(table.name(), change.getClass());
				this.parts.put(table.name(), new ArrayList<>());
			}
			else if (!(change instanceof SchemaChange.Changed) && SchemaDiff.object(change) instanceof View view) {
				this.tables.put(view.name(), change.getClass());
				this.parts.put(view.name(), new ArrayList<>());
				this.views.add(view.name());
			}
		}
		for (SchemaChange change : changes) {
			owner(change).ifPresent((table) -> this.parts.get(table).add(SchemaDiff.object(change)));
		}
	}

	boolean isPart(SchemaChange change) {
		return owner(change).isPresent();
	}

	/** For a table only one side has, its parts in words ("4 columns, primary key comments_pkey"). */
	Optional<String> summary(SchemaChange change) {
		if (change instanceof SchemaChange.Changed || !(SchemaDiff.object(change) instanceof Table table)
				|| this.tables.get(table.name()) != change.getClass()) {
			return Optional.empty();
		}
		List<SchemaObject> tableParts = this.parts.get(table.name());
		List<String> words = new ArrayList<>();
		if (!table.describe().isEmpty()) {
			words.add(table.describe());
		}
		long columns = tableParts.stream().filter(Column.class::isInstance).count();
		words.add(columns + ((columns == 1) ? " column" : " columns"));
		tableParts.stream()
			.sorted(Comparator.comparingInt(WholeTables::order))
			.forEach((part) -> named(part, tableParts).ifPresent(words::add));
		return Optional.of(String.join(", ", words));
	}

	/** The table whose change this change is a part of, when that table only one side has. */
	private Optional<QualifiedName> owner(SchemaChange change) {
		if (change instanceof SchemaChange.Changed) {
			return Optional.empty();
		}
		SchemaObject object = SchemaDiff.object(change);
		QualifiedName table = relation(object);
		boolean folded = table != null && this.tables.get(table) == change.getClass()
				&& (!this.views.contains(table) || object instanceof Column);
		return folded ? Optional.of(table) : Optional.empty();
	}

	private QualifiedName relation(SchemaObject object) {
		if (object instanceof SchemaObject.OnRelation part) {
			return part.relation();
		}
		if (object instanceof Sequence sequence && sequence.ownedBy() != null) {
			return tableOf(sequence.ownedBy());
		}
		if (object instanceof Comment comment && (comment.target().equals("relation")
				|| comment.target().equals("column"))) {
			return comment.target().equals("relation") ? find(comment.on()) : tableOf(comment.on());
		}
		return null;
	}

	/** The table of a column given as {@code schema.table.column}, when it is one of these tables. */
	private QualifiedName tableOf(String column) {
		int dot = column.lastIndexOf('.');
		return (dot < 0) ? null : find(column.substring(0, dot));
	}

	private QualifiedName find(String name) {
		return this.tables.keySet().stream().filter((table) -> table.toString().equals(name)).findFirst().orElse(null);
	}

	/** Keys first, by kind (primary key, unique, foreign key, check, exclusion), then the rest in key order. */
	private static int order(SchemaObject part) {
		return (part instanceof Constraint constraint) ? constraint.type().ordinal() : Constraint.Type.values().length;
	}

	/**
	 * The part as a person names it, or empty for what comes with another: columns (counted),
	 * the index behind a key, the sequence behind an identity column, the column order, comments.
	 */
	private static Optional<String> named(SchemaObject part, List<SchemaObject> tableParts) {
		if (part instanceof Constraint constraint) {
			return Optional.of(switch (constraint.type()) {
				case PRIMARY_KEY -> "primary key";
				case FOREIGN_KEY -> "foreign key";
				default -> constraint.type().name().toLowerCase(Locale.ROOT).replace('_', ' ');
			} + " " + constraint.name());
		}
		if (part instanceof Index index) {
			boolean behindConstraint = tableParts.stream()
				.anyMatch((other) -> other instanceof Constraint constraint
						&& constraint.name().equals(index.name().name()));
			return behindConstraint ? Optional.empty() : Optional.of("index " + index.name().name());
		}
		if (part instanceof Trigger trigger) {
			return Optional.of("trigger " + trigger.name());
		}
		if (part instanceof Policy policy) {
			return Optional.of("policy " + policy.name());
		}
		if (part instanceof Sequence sequence) {
			boolean identity = tableParts.stream()
				.anyMatch((other) -> other instanceof Column column && column.identityGeneration() != null
						&& sequence.ownedBy().equals(column.relation() + "." + column.name()));
			return identity ? Optional.empty() : Optional.of("sequence " + sequence.name().name());
		}
		return Optional.empty();
	}

}
