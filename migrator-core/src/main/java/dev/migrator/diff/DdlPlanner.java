package dev.migrator.diff;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import dev.migrator.schema.Column;
import dev.migrator.schema.ColumnOrder;
import dev.migrator.schema.Comment;
import dev.migrator.schema.Constraint;
import dev.migrator.schema.Domain;
import dev.migrator.schema.DomainConstraint;
import dev.migrator.schema.EnumType;
import dev.migrator.schema.Extension;
import dev.migrator.schema.Index;
import dev.migrator.schema.Namespace;
import dev.migrator.schema.QualifiedName;
import dev.migrator.schema.Routine;
import dev.migrator.schema.Schema;
import dev.migrator.schema.SchemaChange;
import dev.migrator.schema.SchemaDiff;
import dev.migrator.schema.SchemaObject;
import dev.migrator.schema.Sequence;
import dev.migrator.schema.Table;
import dev.migrator.schema.Trigger;
import dev.migrator.schema.View;

/**
 * Turns the typed differences between the current schema and the desired one into DDL with
 * its exact inverse, in dependency order, safe by construction on tables that already exist:
 * indexes built concurrently, foreign keys and checks added {@code NOT VALID} and validated
 * apart, {@code NOT NULL} proven by a validated check first. What it cannot do, or must not do
 * unasked (drop data), is listed with the reason, never left out silently.
 */
public final class DdlPlanner {

	// Where each kind runs in a pair's up: what depends on others is removed first and added last.
	private static final int RENAME = -1;

	private static final int REMOVE_COMMENT = 0;

	private static final int REMOVE_TRIGGER = 1;

	private static final int REMOVE_FOREIGN_KEY = 2;

	private static final int REMOVE_INDEX = 3;

	private static final int REMOVE_VIEW = 4;

	private static final int REMOVE_CONSTRAINT = 5;

	private static final int REMOVE_COLUMN = 6;

	private static final int REMOVE_TABLE = 7;

	private static final int REMOVE_ROUTINE = 8;

	private static final int REMOVE_SEQUENCE = 9;

	private static final int REMOVE_TYPE = 10;

	private static final int REMOVE_EXTENSION = 11;

	private static final int REMOVE_SCHEMA = 12;

	private static final int SCHEMA = 20;

	private static final int EXTENSION = 21;

	private static final int TYPE = 22;

	private static final int SEQUENCE = 23;

	private static final int TABLE = 24;

	private static final int PARTITION = 25;

	private static final int COLUMN = 26;

	private static final int ROUTINE = 27;

	private static final int CONSTRAINT = 28;

	private static final int FOREIGN_KEY = 29;

	private static final int INDEX = 30;

	private static final int VIEW = 31;

	private static final int VIEW_INDEX = 32;

	private static final int TRIGGER = 33;

	private static final int COMMENT = 34;

	private final Schema current;

	private final Schema desired;

	private final DiffOptions options;

	private final List<PlannedChange> changes = new ArrayList<>();

	private final List<Refusal> refusals = new ArrayList<>();

	private final List<String> warnings = new ArrayList<>();

	private final Set<String> expectedLintRules = new HashSet<>();

	/** Views are planned last, in dependency order: a view's query may name another. */
	private final List<View> addedViews = new ArrayList<>();

	private final List<View> removedViews = new ArrayList<>();

	/** Materialized views dropped and created again: their indexes go and come with them. */
	private final Set<QualifiedName> recreated = new HashSet<>();

	private DdlPlanner(Schema current, Schema desired, DiffOptions options) {
		this.current = current;
		this.desired = desired;
		this.options = options;
	}

	/**
	 * Plans the DDL that takes a database from {@code current} to {@code desired}, both read with
	 * {@link Schema#read} (columns of an existing table are compared by name; new ones go last).
	 * The renames of the options run first, and {@code current} is the schema read after them.
	 */
	public static DdlPlan plan(Schema current, Schema desired, DiffOptions options) {
		DdlPlanner planner = new DdlPlanner(current, desired, options);
		List<SchemaChange> changes = SchemaDiff.between(current.withoutColumnOrder(), desired.withoutColumnOrder())
			.changes();
		for (SchemaChange change : changes) {
			if (change instanceof SchemaChange.Changed changed && changed.before() instanceof View view
					&& view.materialized()) {
				planner.recreated.add(view.name());
			}
		}
		planner.planUnchangedIndexesOfRecreatedViews();
		for (Rename rename : options.renames()) {
			planner.changes.add(new PlannedChange(Phase.SCHEMA, RENAME, "rename " + rename, List.of(rename.sql()),
					List.of(rename.inverse())));
		}
		for (SchemaChange change : changes) {
			if (change instanceof SchemaChange.Added added) {
				planner.added(added.object());
			}
			else if (change instanceof SchemaChange.Removed removed) {
				planner.removed(removed.object());
			}
			else {
				SchemaChange.Changed changed = (SchemaChange.Changed) change;
				planner.changed(changed.before(), changed.after());
			}
		}
		// dropped dependents first: the down creates them again in the reverse order
		List<View> removed = new ArrayList<>(ViewOrder.dependenciesFirst(planner.removedViews));
		Collections.reverse(removed);
		removed.forEach((view) -> planner.plan(Phase.SCHEMA, REMOVE_VIEW, view, Ddl.dropView(view), Ddl.createView(view)));
		ViewOrder.dependenciesFirst(planner.addedViews)
			.forEach((view) -> planner.plan(Phase.SCHEMA, VIEW, view, Ddl.createView(view), Ddl.dropView(view)));
		return new DdlPlan(planner.changes, planner.refusals, planner.warnings, planner.expectedLintRules);
	}

	private void added(SchemaObject object) {
		if (implied(object, this.desired)) {
			return;
		}
		if (object instanceof Namespace namespace) {
			plan(Phase.SCHEMA, SCHEMA, object, "CREATE SCHEMA " + Sql.quote(namespace.name()),
					"DROP SCHEMA " + Sql.quote(namespace.name()));
		}
		else if (object instanceof Extension extension) {
			plan(Phase.SCHEMA, EXTENSION, object, "CREATE EXTENSION " + Sql.quote(extension.name()) + " SCHEMA "
					+ Sql.quote(extension.schema()), "DROP EXTENSION " + Sql.quote(extension.name()));
		}
		else if (object instanceof EnumType type) {
			plan(Phase.SCHEMA, TYPE, object, Ddl.createEnum(type), Ddl.dropType(type.name(), "type"));
		}
		else if (object instanceof Domain domain) {
			plan(Phase.SCHEMA, TYPE, object, Ddl.createDomain(domain), Ddl.dropType(domain.name(), "domain"));
		}
		else if (object instanceof DomainConstraint constraint) {
			plan(Phase.SCHEMA, TYPE + 1, object, Ddl.addDomainConstraint(constraint),
					Ddl.dropDomainConstraint(constraint));
		}
		else if (object instanceof Sequence sequence) {
			plan(Phase.SCHEMA, SEQUENCE, object, Ddl.createSequence(sequence), Ddl.dropSequence(sequence));
		}
		else if (object instanceof Table table && !table.foreign()) {
			addTable(table);
		}
		else if (object instanceof Column column) {
			addColumn(column);
		}
		else if (object instanceof Constraint constraint) {
			addConstraint(constraint);
		}
		else if (object instanceof Index index) {
			addIndex(index);
		}
		else if (object instanceof View view) {
			this.addedViews.add(view);
		}
		else if (object instanceof Routine routine && routine.routineKind() != Routine.Kind.AGGREGATE) {
			plan(Phase.SCHEMA, ROUTINE, object, Ddl.createRoutine(routine), Ddl.dropRoutine(routine));
		}
		else if (object instanceof Trigger trigger) {
			this.changes.add(new PlannedChange(Phase.SCHEMA, TRIGGER, object.key(), Ddl.createTrigger(trigger),
					List.of(Ddl.dropTrigger(trigger))));
		}
		else if (object instanceof Comment comment) {
			commentOn(comment, this.desired).ifPresent((target) -> plan(Phase.SCHEMA, COMMENT, object,
					target + " IS " + Sql.literal(comment.text()), target + " IS NULL"));
		}
		else {
			notHandled(object, "creating it");
		}
	}

	private void removed(SchemaObject object) {
		if (implied(object, this.current)) {
			return;
		}
		if (object instanceof SchemaObject.OnRelation part && goesWithItsRelation(part)) {
			// dropped with its relation (or refused with it); the down puts it back after the relation
			if (this.options.allowDrop() || !isRemovedTable(part.relation())) {
				List<String> down = inverseOf(object);
				// a foreign key and a trigger go first: the table a key references may be dropped before
				// its own, and a trigger's function with the routines that name the dropped tables
				boolean first = object instanceof Trigger || (object instanceof Constraint constraint
						&& constraint.type() == Constraint.Type.FOREIGN_KEY);
				List<String> up = first ? List.of(dropOf(object)) : List.of();
				if (!down.isEmpty()) {
					this.changes.add(new PlannedChange(Phase.SCHEMA, removalRank(object), object.key(), up, down));
				}
			}
			return;
		}
		if (object instanceof View view) {
			this.removedViews.add(view);
			return;
		}
		if (holdsData(object) && !this.options.allowDrop()) {
			this.refusals.add(new Refusal(object.key(), "would be dropped, and its data with it: pass --allow-drop to"
					+ " drop it" + renameHint(object)));
			return;
		}
		if (object instanceof Index index) {
			this.changes.add(new PlannedChange(Phase.DROP_INDEXES, REMOVE_INDEX, object.key(),
					List.of(Ddl.dropIndex(index.name(), true)), List.of(Ddl.createIndex(index.definition(), true))));
			return;
		}
		List<String> down = inverseOf(object);
		if (down.isEmpty()) {
			notHandled(object, "dropping it");
			return;
		}
		int rank = (object instanceof Routine routine && mentionsRemovedTable(routine)) ? REMOVE_CONSTRAINT
				: removalRank(object);
		this.changes.add(new PlannedChange(Phase.SCHEMA, rank, object.key(), List.of(dropOf(object)), down));
		if (object instanceof Table) {
			this.expectedLintRules.add("drop-table");
		}
		else if (object instanceof Column) {
			this.expectedLintRules.add("drop-column");
		}
	}

	private void changed(SchemaObject before, SchemaObject after) {
		if (implied(after, this.desired) && implied(before, this.current)) {
			return;
		}
		if (before instanceof Column column) {
			ColumnChanges.plan(column, (Column) after, this);
		}
		else if (before instanceof EnumType type) {
			EnumChanges.plan(type, (EnumType) after, this.current, this);
		}
		else if (before instanceof Constraint constraint && constraint.definition().replace(" NOT VALID", "")
			.equals(((Constraint) after).definition().replace(" NOT VALID", ""))) {
			validityChanged(constraint, (Constraint) after);
		}
		else if (before instanceof Sequence sequence) {
			plan(Phase.SCHEMA, SEQUENCE, after, Ddl.alterSequence((Sequence) after), Ddl.alterSequence(sequence));
		}
		else if (before instanceof Routine routine && routine.routineKind() != Routine.Kind.AGGREGATE) {
			plan(Phase.SCHEMA, ROUTINE, after, Ddl.createRoutine((Routine) after), Ddl.createRoutine(routine));
		}
		else if (before instanceof Comment comment) {
			commentOn(comment, this.desired).ifPresent((target) -> plan(Phase.SCHEMA, COMMENT, after,
					target + " IS " + Sql.literal(((Comment) after).text()), target + " IS " + Sql.literal(comment.text())));
		}
		else if (before instanceof Table table) {
			tableChanged(table, (Table) after);
		}
		else if (before instanceof Constraint || before instanceof Index || before instanceof View
				|| before instanceof Trigger || before instanceof DomainConstraint) {
			// no ALTER for these: the old one goes, the new one comes
			removed(before);
			added(after);
		}
		else {
			notHandled(after, "changing its " + String.join(", ", new SchemaChange.Changed(before, after).differingFacts()));
		}
	}

	private void addTable(Table table) {
		List<String> up = new ArrayList<>(List.of(Ddl.createTable(table, this.desired)));
		if (table.rowLevelSecurity()) {
			up.add(Ddl.alterTable(table.name(), "ENABLE ROW LEVEL SECURITY"));
		}
		this.changes.add(new PlannedChange(Phase.SCHEMA, (table.partitionOf() != null) ? PARTITION : TABLE,
				table.key(), up, List.of(Ddl.dropTable(table))));
	}

	private void tableChanged(Table before, Table after) {
		if (before.rowLevelSecurity() != after.rowLevelSecurity()) {
			String enable = Ddl.alterTable(after.name(), "ENABLE ROW LEVEL SECURITY");
			String disable = Ddl.alterTable(after.name(), "DISABLE ROW LEVEL SECURITY");
			plan(Phase.SCHEMA, TABLE, after, after.rowLevelSecurity() ? enable : disable,
					after.rowLevelSecurity() ? disable : enable);
		}
		if (before.unlogged() != after.unlogged() || before.foreign() != after.foreign()
				|| !before.describe().replace(" row level security", "")
					.equals(after.describe().replace(" row level security", ""))) {
			notHandled(after, "changing its partitioning or persistence");
		}
	}

	private void addColumn(Column column) {
		if (column.notNull() && column.defaultExpression() == null && column.identityGeneration() == null
				&& column.generated() == null) {
			this.warnings.add(column.key() + " is NOT NULL without a default: adding it fails on a table that has"
					+ " rows; give it a default in the desired schema");
		}
		plan(Phase.SCHEMA, COLUMN, column, Ddl.addColumn(column), Ddl.dropColumn(column));
	}

	private void addConstraint(Constraint constraint) {
		int rank = (constraint.type() == Constraint.Type.FOREIGN_KEY) ? FOREIGN_KEY : CONSTRAINT;
		String drop = Ddl.dropConstraint(constraint.relation(), constraint.name());
		boolean checked = constraint.type() == Constraint.Type.FOREIGN_KEY || constraint.type() == Constraint.Type.CHECK;
		if (tableIsNew(constraint.relation()) || !(checked || usesIndex(constraint))) {
			plan(Phase.SCHEMA, rank, constraint, Ddl.addConstraint(constraint, !constraint.validated()), drop);
			if (constraint.type() == Constraint.Type.EXCLUSION) {
				this.warnings.add(constraint.key() + " builds its index while holding a lock that blocks writes");
			}
		}
		else if (checked) {
			// instant under its lock; the rows are checked apart, under a lock that lets writes go on
			plan(Phase.SCHEMA, rank, constraint, Ddl.addConstraint(constraint, true), drop);
			if (constraint.validated()) {
				planValidation(constraint);
			}
		}
		else {
			// the index is built concurrently, then taken over by the constraint in a moment
			Index index = this.desired.find("index " + new QualifiedName(constraint.relation().schema(),
					constraint.name()))
				.map(Index.class::cast)
				.orElseThrow();
			this.changes.add(new PlannedChange(Phase.CONCURRENT, INDEX, index.key(),
					List.of(Ddl.createIndex(index.definition(), true)), List.of(Ddl.dropIndex(index.name(), true))));
			String using = ((constraint.type() == Constraint.Type.PRIMARY_KEY) ? "PRIMARY KEY" : "UNIQUE")
					+ " USING INDEX " + Sql.quote(constraint.name())
					+ (constraint.definition().contains(" DEFERRABLE") ? constraint.definition()
						.substring(constraint.definition().indexOf(" DEFERRABLE")) : "");
			this.changes.add(new PlannedChange(Phase.VALIDATE, rank, constraint.key(),
					List.of(Ddl.alterTable(constraint.relation(), "ADD CONSTRAINT " + Sql.quote(constraint.name()) + " "
							+ using)),
					List.of(drop, Ddl.createIndex(index.definition(), false))));
		}
	}

	/** When something like the dropped object is added, the hint that would make it a rename. */
	private String renameHint(SchemaObject object) {
		List<String> hints = new ArrayList<>();
		if (object instanceof Column column) {
			this.desired.all(Column.class).stream()
				.filter((added) -> added.relation().equals(column.relation()) && added.type().equals(column.type()))
				.filter((added) -> this.current.find(added.key()).isEmpty())
				.forEach((added) -> hints.add(hintFor(column.relation(), column.name(), added.name())));
		}
		else if (object instanceof Table table && table.name().schema().equals("public")) {
			// a hint names a table of another schema only with its column
			this.desired.all(Table.class).stream()
				.filter((added) -> added.name().schema().equals("public"))
				.filter((added) -> this.current.find(added.key()).isEmpty())
				.forEach((added) -> hints.add(hintFor(table.name(), null, added.name().name())));
		}
		return hints.isEmpty() ? "" : ", or if it was renamed: --rename " + String.join(" or --rename ", hints);
	}

	private static String hintFor(QualifiedName table, String column, String to) {
		String name = table.schema().equals("public") ? table.name() : table.toString();
		return name + ((column != null) ? "." + column : "") + "=" + to;
	}

	/** A primary key or unique constraint, whose index can be built concurrently first. */
	private static boolean usesIndex(Constraint constraint) {
		return constraint.type() == Constraint.Type.PRIMARY_KEY || constraint.type() == Constraint.Type.UNIQUE;
	}

	private void planValidation(Constraint constraint) {
		this.changes.add(new PlannedChange(Phase.VALIDATE, CONSTRAINT, constraint.key(),
				List.of(Ddl.validate(constraint.relation(), constraint.name())),
				List.of(Ddl.dropConstraint(constraint.relation(), constraint.name()),
						Ddl.addConstraint(constraint, true))));
	}

	private void validityChanged(Constraint before, Constraint after) {
		if (after.validated()) {
			planValidation(after);
		}
		else {
			this.changes.add(new PlannedChange(Phase.SCHEMA, CONSTRAINT, after.key(),
					List.of(Ddl.dropConstraint(after.relation(), after.name()), Ddl.addConstraint(after, true)),
					List.of(Ddl.validate(before.relation(), before.name()))));
		}
	}

	private void addIndex(Index index) {
		if (relationIsNew(index.relation())) {
			boolean onView = this.desired.find("materialized view " + index.relation()).isPresent();
			plan(Phase.SCHEMA, onView ? VIEW_INDEX : INDEX, index, Ddl.createIndex(index.definition(), false),
					Ddl.dropIndex(index.name(), false));
		}
		else {
			this.changes.add(new PlannedChange(Phase.CONCURRENT, INDEX, index.key(),
					List.of(Ddl.createIndex(index.definition(), true)), List.of(Ddl.dropIndex(index.name(), true))));
		}
	}

	/** The statement that drops an object whose removal is planned. */
	private String dropOf(SchemaObject object) {
		if (object instanceof Namespace namespace) {
			return "DROP SCHEMA " + Sql.quote(namespace.name());
		}
		if (object instanceof Extension extension) {
			return "DROP EXTENSION " + Sql.quote(extension.name());
		}
		if (object instanceof EnumType type) {
			return Ddl.dropType(type.name(), "type");
		}
		if (object instanceof Domain domain) {
			return Ddl.dropType(domain.name(), "domain");
		}
		if (object instanceof DomainConstraint constraint) {
			return Ddl.dropDomainConstraint(constraint);
		}
		if (object instanceof Sequence sequence) {
			return Ddl.dropSequence(sequence);
		}
		if (object instanceof Table table) {
			return Ddl.dropTable(table);
		}
		if (object instanceof Column column) {
			return Ddl.dropColumn(column);
		}
		if (object instanceof Constraint constraint) {
			return Ddl.dropConstraint(constraint.relation(), constraint.name());
		}
		if (object instanceof Index index) {
			return Ddl.dropIndex(index.name(), false);
		}
		if (object instanceof View view) {
			return Ddl.dropView(view);
		}
		if (object instanceof Routine routine) {
			return Ddl.dropRoutine(routine);
		}
		if (object instanceof Trigger trigger) {
			return Ddl.dropTrigger(trigger);
		}
		Comment comment = (Comment) object;
		return commentOn(comment, this.current).orElseThrow() + " IS NULL";
	}

	/** The statements that put a removed object back as the current schema has it; empty when not handled. */
	private List<String> inverseOf(SchemaObject object) {
		if (object instanceof Namespace namespace) {
			return List.of("CREATE SCHEMA " + Sql.quote(namespace.name()));
		}
		if (object instanceof Extension extension) {
			return List.of("CREATE EXTENSION " + Sql.quote(extension.name()) + " SCHEMA " + Sql.quote(extension.schema()));
		}
		if (object instanceof EnumType type) {
			return List.of(Ddl.createEnum(type));
		}
		if (object instanceof Domain domain) {
			return List.of(Ddl.createDomain(domain));
		}
		if (object instanceof DomainConstraint constraint) {
			return List.of(Ddl.addDomainConstraint(constraint));
		}
		if (object instanceof Sequence sequence) {
			return List.of(Ddl.createSequence(sequence));
		}
		if (object instanceof Table table && !table.foreign()) {
			return List.of(Ddl.createTable(table, this.current));
		}
		if (object instanceof Column column) {
			return List.of(Ddl.addColumn(column));
		}
		if (object instanceof Constraint constraint) {
			return List.of(Ddl.addConstraint(constraint, !constraint.validated()));
		}
		if (object instanceof Index index) {
			return List.of(Ddl.createIndex(index.definition(), false));
		}
		if (object instanceof View view) {
			return List.of(Ddl.createView(view));
		}
		if (object instanceof Routine routine && routine.routineKind() != Routine.Kind.AGGREGATE) {
			return List.of(Ddl.createRoutine(routine));
		}
		if (object instanceof Trigger trigger) {
			return Ddl.createTrigger(trigger);
		}
		if (object instanceof Comment comment) {
			return commentOn(comment, this.current).map((target) -> List.of(target + " IS " + Sql.literal(comment.text())))
				.orElse(List.of());
		}
		return List.of();
	}

	private static int removalRank(SchemaObject object) {
		if (object instanceof Comment) {
			return REMOVE_COMMENT;
		}
		if (object instanceof Trigger) {
			return REMOVE_TRIGGER;
		}
		if (object instanceof View) {
			return REMOVE_VIEW;
		}
		if (object instanceof Index) {
			return REMOVE_INDEX;
		}
		if (object instanceof Constraint constraint && constraint.type() == Constraint.Type.FOREIGN_KEY) {
			// before the keys it references, which the down then adds back first
			return REMOVE_FOREIGN_KEY;
		}
		if (object instanceof Constraint || object instanceof DomainConstraint) {
			return REMOVE_CONSTRAINT;
		}
		if (object instanceof Column) {
			return REMOVE_COLUMN;
		}
		if (object instanceof Table table) {
			// a partition goes before its parent, which would take it along
			return (table.partitionOf() != null) ? REMOVE_COLUMN : REMOVE_TABLE;
		}
		if (object instanceof Routine) {
			return REMOVE_ROUTINE;
		}
		if (object instanceof Sequence) {
			return REMOVE_SEQUENCE;
		}
		if (object instanceof Extension) {
			return REMOVE_EXTENSION;
		}
		if (object instanceof Namespace) {
			return REMOVE_SCHEMA;
		}
		return REMOVE_TYPE;
	}

	/**
	 * Whether the routine names a table that is dropped (its row type, or in a {@code BEGIN
	 * ATOMIC} body): PostgreSQL then refuses to drop the table first.
	 */
	private boolean mentionsRemovedTable(Routine routine) {
		return this.current.all(Table.class).stream()
			.filter((table) -> isRemovedTable(table.name()))
			.anyMatch((table) -> Sql.mentions(routine.arguments() + "\n" + routine.definition(), table.name().name()));
	}

	/** Objects whose drop loses data or everything built on them: only with --allow-drop. */
	private static boolean holdsData(SchemaObject object) {
		return object instanceof Table || object instanceof Column || object instanceof Sequence
				|| object instanceof Namespace || object instanceof Extension || object instanceof EnumType
				|| object instanceof Domain;
	}

	/**
	 * Whether the object comes with another one the plan creates or drops: a column order, the
	 * columns of a new table or of a view, the index behind a constraint, the sequence behind an
	 * identity column, PostgreSQL 18's NOT NULL constraints (a column's {@code notNull}).
	 */
	private boolean implied(SchemaObject object, Schema schema) {
		if (object instanceof ColumnOrder) {
			return true;
		}
		if (object instanceof Column column) {
			boolean ofTable = schema.find("table " + column.relation()).isPresent();
			return !ofTable || tableIsNew(column.relation()) || isRemovedTable(column.relation());
		}
		if (object instanceof Constraint constraint) {
			return constraint.type() == Constraint.Type.NOT_NULL || constraint.type() == Constraint.Type.TRIGGER;
		}
		if (object instanceof Index index) {
			return schema.find("constraint " + index.relation() + "." + index.name().name())
				.filter((found) -> ((Constraint) found).type() != Constraint.Type.FOREIGN_KEY)
				.isPresent();
		}
		if (object instanceof Sequence sequence) {
			return identitySequences(schema).contains(sequence.name());
		}
		return false;
	}

	private static Set<QualifiedName> identitySequences(Schema schema) {
		return schema.all(Column.class).stream()
			.filter((column) -> column.identityGeneration() != null)
			.map((column) -> new QualifiedName(column.relation().schema(),
					column.relation().name() + "_" + column.name() + "_seq"))
			.collect(Collectors.toSet());
	}

	private boolean tableIsNew(QualifiedName table) {
		return this.current.find("table " + table).isEmpty();
	}

	/** Whether the table or materialized view is created by the plan (or created again). */
	private boolean relationIsNew(QualifiedName relation) {
		return !hasRelation(this.current, relation) || this.recreated.contains(relation);
	}

	private static boolean hasRelation(Schema schema, QualifiedName relation) {
		return schema.find("table " + relation).isPresent()
				|| schema.find("materialized view " + relation).isPresent();
	}

	private boolean isRemovedTable(QualifiedName table) {
		return this.desired.find("table " + table).isEmpty() && this.current.find("table " + table).isPresent();
	}

	/** A part of a table or materialized view that is dropped, or dropped to be created again. */
	private boolean goesWithItsRelation(SchemaObject.OnRelation part) {
		return (hasRelation(this.current, part.relation()) && !hasRelation(this.desired, part.relation()))
				|| this.recreated.contains(part.relation());
	}

	/** The indexes a recreated materialized view has before and after: gone with it, built again after it. */
	private void planUnchangedIndexesOfRecreatedViews() {
		for (Index index : this.current.all(Index.class)) {
			if (this.recreated.contains(index.relation()) && index.equals(this.desired.find(index.key()).orElse(null))) {
				this.changes.add(new PlannedChange(Phase.SCHEMA, REMOVE_INDEX, index.key(), List.of(),
						List.of(Ddl.createIndex(index.definition(), false))));
				this.changes.add(new PlannedChange(Phase.SCHEMA, VIEW_INDEX, index.key(),
						List.of(Ddl.createIndex(index.definition(), false)), List.of()));
			}
		}
	}

	/** {@code COMMENT ON <kind> <name>} for the object the comment is on, looked up in the schema that has it. */
	private Optional<String> commentOn(Comment comment, Schema schema) {
		String on = comment.on();
		Optional<String> target = switch (comment.target()) {
			case "schema" -> Optional.of("SCHEMA " + Sql.quote(on));
			case "column" -> schema.find("column " + on).map(Column.class::cast)
				.map((column) -> "COLUMN " + Sql.name(column.relation()) + "." + Sql.quote(column.name()));
			case "function" -> schema.find("function " + on).map(Routine.class::cast)
				.map((routine) -> "ROUTINE " + Sql.name(routine.name()) + "(" + routine.arguments() + ")");
			case "relation" -> relationKind(on, schema);
			case "type" -> schema.find("enum " + on).or(() -> schema.find("domain " + on))
				.map((type) -> (type instanceof Domain domain) ? "DOMAIN " + Sql.name(domain.name())
						: "TYPE " + Sql.name(((EnumType) type).name()));
			default -> Optional.empty();
		};
		if (target.isEmpty()) {
			notHandled(comment, "commenting on it");
		}
		return target.map((kind) -> "COMMENT ON " + kind);
	}

	private static Optional<String> relationKind(String on, Schema schema) {
		for (String kind : List.of("table", "view", "materialized view", "sequence", "foreign table")) {
			Optional<SchemaObject> relation = schema.find(kind + " " + on);
			if (relation.isPresent()) {
				QualifiedName name = ((relation.get() instanceof Table table) ? table.name()
						: (relation.get() instanceof View view) ? view.name() : ((Sequence) relation.get()).name());
				return Optional.of(kind.toUpperCase(Locale.ROOT) + " " + Sql.name(name));
			}
		}
		return Optional.empty();
	}

	void plan(Phase phase, int rank, SchemaObject object, String up, String down) {
		this.changes.add(new PlannedChange(phase, rank, object.key(), List.of(up), List.of(down)));
	}

	void plan(PlannedChange change) {
		this.changes.add(change);
	}

	void refuse(SchemaObject object, String reason) {
		this.refusals.add(new Refusal(object.key(), reason));
	}

	void planColumn(Phase phase, SchemaObject object, List<String> up, List<String> down) {
		this.changes.add(new PlannedChange(phase, COLUMN, object.key(), up, down));
	}

	/** A costly change, whose lint error is expected once the warning says why. */
	void warn(String warning, String lintRule) {
		this.warnings.add(warning);
		this.expectedLintRules.add(lintRule);
	}

	void notHandled(SchemaObject object, String what) {
		this.refusals.add(new Refusal(object.key(), "is not handled yet (" + what + "): write this part of the"
				+ " migration by hand"));
	}

}
