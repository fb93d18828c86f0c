package dev.migrator.diff;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

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

	private final Schema current;

	private final Schema desired;

	private final DiffOptions options;

	private final List<PlannedChange> changes = new ArrayList<>();

	private final List<Refusal> refusals = new ArrayList<>();

	private final List<String> warnings = new ArrayList<>();

	private final Set<String> expectedLintRules = new HashSet<>();

	/** Where a routine's body starts in what {@code pg_get_functiondef} gives: {@code AS} or {@code BEGIN ATOMIC}. */
	private static final Pattern ROUTINE_BODY = Pattern.compile("\n(AS |BEGIN ATOMIC)");

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
			planner.changes.add(new PlannedChange(Phase.SCHEMA, Rank.RENAME, "rename " + rename, List.of(rename.sql()),
					List.of(rename.inverse())));
		}
		changes.forEach(planner::plan);
		planner.planViews();
		planner.uncheckedFunctionBodies();
		return new DdlPlan(planner.changes, planner.refusals, planner.warnings, planner.expectedLintRules);
	}

	private void plan(SchemaChange change) {
		if (change instanceof SchemaChange.Added added) {
			added(added.object());
		}
		else if (change instanceof SchemaChange.Removed removed) {
			removed(removed.object());
		}
		else {
			SchemaChange.Changed changed = (SchemaChange.Changed) change;
			changed(changed.before(), changed.after());
		}
	}

	/**
	 * pg_dump's setting when functions come before the tables: their bodies are checked when they
	 * run, not when they are created, so they may name tables created after them in the pair.
	 */
	private void uncheckedFunctionBodies() {
		if (this.changes.stream().anyMatch((change) -> change.rank() == Rank.ROUTINE_BEFORE_TABLES)) {
			this.changes.add(new PlannedChange(Phase.SCHEMA, Rank.SETTING, "setting check_function_bodies",
					List.of("SET LOCAL check_function_bodies = off"), List.of()));
		}
	}

	/**
	 * Whether the new routine can be created before the tables, with its body unchecked: not a
	 * {@code BEGIN ATOMIC} body, which PostgreSQL parses at creation anyway, and no new table in
	 * its arguments or result (a row type must exist).
	 */
	private boolean createdBeforeTables(Routine routine) {
		if (routine.routineKind() == Routine.Kind.AGGREGATE || this.current.find(routine.key()).isPresent()) {
			return false;
		}
		Matcher body = ROUTINE_BODY.matcher(routine.definition());
		if (!body.find() || body.group(1).startsWith("BEGIN")) {
			return false;
		}
		String header = routine.arguments() + "\n" + routine.definition().substring(0, body.start());
		return this.desired.all(Table.class).stream()
			.filter((table) -> isAddedTable(table.name()))
			.noneMatch((table) -> Sql.mentions(header, table.name().name()));
	}

	/**
	 * The views, last, in dependency order: dependents dropped first, created after what they
	 * select from, each with its comments (a view's drop takes them along).
	 */
	private void planViews() {
		List<View> removed = new ArrayList<>(ViewOrder.dependenciesFirst(this.removedViews));
		Collections.reverse(removed);
		removed.forEach((view) -> this.changes.add(new PlannedChange(Phase.SCHEMA, Rank.REMOVE_VIEW, view.key(),
				List.of(Ddl.dropView(view)), withComments(view, this.current))));
		ViewOrder.dependenciesFirst(this.addedViews).forEach((view) -> this.changes.add(new PlannedChange(Phase.SCHEMA,
				Rank.VIEW, view.key(), withComments(view, this.desired), List.of(Ddl.dropView(view)))));
	}

	private static List<String> withComments(View view, Schema schema) {
		List<String> statements = new ArrayList<>(List.of(Ddl.createView(view)));
		for (Comment comment : schema.all(Comment.class)) {
			if (comment.on().equals(view.name().toString()) || (comment.target().equals("column")
					&& comment.on().startsWith(view.name() + "."))) {
				CommentTarget.of(comment, schema)
					.ifPresent((target) -> statements.add(target + " IS " + Sql.literal(comment.text())));
			}
		}
		return statements;
	}

	/**
	 * The plain views that select a column whose type changes in place, and those built on them:
	 * PostgreSQL will not change the type under a view, so they are dropped first and created
	 * again after, as the desired schema has them.
	 */
	void recreateViewsUsing(Column column) {
		List<View> using = new ArrayList<>();
		for (View view : this.current.all(View.class)) {
			if (Sql.mentions(view.query(), column.relation().name()) && Sql.mentions(view.query(), column.name())) {
				using.add(view);
			}
		}
		for (int i = 0; i < using.size(); i++) {
			View used = using.get(i);
			this.current.all(View.class).stream()
				.filter((view) -> !using.contains(view) && Sql.mentions(view.query(), used.name().name()))
				.forEach(using::add);
		}
		for (View view : using) {
			Optional<View> desiredView = this.desired.find(view.key()).map(View.class::cast);
			if (!view.materialized() && desiredView.isPresent()) {
				removeView(view);
				addView(desiredView.get());
			}
		}
	}

	private void removeView(View view) {
		if (!this.removedViews.contains(view)) {
			this.removedViews.add(view);
		}
	}

	private void addView(View view) {
		if (!this.addedViews.contains(view)) {
			this.addedViews.add(view);
		}
	}

	private void added(SchemaObject object) {
		if (implied(object, this.desired)) {
			return;
		}
		if (object instanceof Table table && !table.foreign()) {
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
			addView(view);
		}
		else if (object instanceof Comment comment) {
			commentOn(comment, this.desired).ifPresent((target) -> this.changes.add(new PlannedChange(Phase.SCHEMA,
					Rank.COMMENT, object.key(), List.of(target + " IS " + Sql.literal(comment.text())),
					droppedWithNewTable(object, target + " IS NULL"))));
		}
		else {
			List<String> create = ObjectDdl.create(object, this.desired);
			if (create.isEmpty()) {
				notHandled(object, "creating it");
			}
			else if (object instanceof Sequence sequence && ownedByTable(sequence, this::isAddedTable)) {
				// the down's drop of the table takes it along
				this.changes.add(new PlannedChange(Phase.SCHEMA, Rank.addition(object), object.key(), create, List.of()));
				this.changes.add(new PlannedChange(Phase.SCHEMA, Rank.SEQUENCE_OWNER, sequence.key(),
						List.of(Ddl.ownedBy(sequence, owner(sequence.ownedBy(), this.desired))), List.of()));
			}
			else {
				int rank = (object instanceof Routine routine && createdBeforeTables(routine)) ? Rank.ROUTINE_BEFORE_TABLES
						: Rank.addition(object);
				this.changes.add(new PlannedChange(Phase.SCHEMA, rank, object.key(), create,
						droppedWithNewTable(object, ObjectDdl.drop(object, this.desired))));
				if (object instanceof Sequence sequence) {
					owner(null, sequence);
				}
			}
		}
	}

	private void removed(SchemaObject object) {
		if (implied(object, this.current)) {
			return;
		}
		if (object instanceof SchemaObject.OnRelation part && goesWithItsRelation(part)) {
			// dropped with its relation (or refused with it); the down puts it back after the relation
			if (this.options.allowDrop() || !isRemovedTable(part.relation())) {
				List<String> down = ObjectDdl.create(object, this.current);
				// the drop of the relation takes the rest along; a foreign key goes first when the table it
				// references is dropped too (maybe before its own), a part that names a function dropped
				// before the tables too
				boolean first = namesRoutineDroppedBeforeTables(object)
						|| (object instanceof Constraint constraint && referencesOtherTable(constraint, this::isRemovedTable));
				List<String> up = first ? List.of(ObjectDdl.drop(object, this.current)) : List.of();
				if (!down.isEmpty()) {
					this.changes.add(new PlannedChange(Phase.SCHEMA, Rank.removal(object), object.key(), up, down));
				}
			}
			return;
		}
		if (object instanceof View view) {
			removeView(view);
			return;
		}
		if (holdsData(object) && !this.options.allowDrop()) {
			List<Rename> renames = renameCandidates(object);
			this.refusals.add(new Refusal(object.key(), "would be dropped, and its data with it: pass --allow-drop to"
					+ " drop it" + (renames.isEmpty() ? "" : ", or if it was renamed: --rename "
							+ String.join(" or --rename ", renames.stream().map(Rename::hint).toList())),
					renames));
			return;
		}
		if (object instanceof Index index) {
			this.changes.add(new PlannedChange(Phase.DROP_INDEXES, Rank.REMOVE_INDEX, object.key(),
					List.of(Ddl.dropIndex(index.name(), true)), List.of(Ddl.createIndex(index.definition(), true))));
			return;
		}
		List<String> down = ObjectDdl.create(object, this.current);
		if (down.isEmpty()) {
			notHandled(object, "dropping it");
			return;
		}
		if (ownedByTable(object, this::isRemovedTable)) {
			// the drop of the table takes it along; the down puts it back
			this.changes.add(new PlannedChange(Phase.SCHEMA, Rank.removal(object), object.key(), List.of(), down));
			if (object instanceof Sequence sequence) {
				this.changes.add(new PlannedChange(Phase.SCHEMA, Rank.RELEASE_SEQUENCE, sequence.key(), List.of(),
						List.of(Ddl.ownedBy(sequence, owner(sequence.ownedBy(), this.current)))));
			}
			return;
		}
		if (object instanceof Constraint key && replacedByAKeyBuiltConcurrently(key)) {
			// the table keeps a key all along: the old one goes in the transaction that attaches the
			// new one, after it, or just before it when both are primary keys (a table has only one)
			boolean bothPrimary = key.type() == Constraint.Type.PRIMARY_KEY && replacement(key).stream()
				.anyMatch((added) -> added.type() == Constraint.Type.PRIMARY_KEY);
			this.changes.add(new PlannedChange(Phase.VALIDATE, bothPrimary ? Rank.REMOVE_CONSTRAINT : Rank.REPLACED_KEY,
					object.key(), List.of(ObjectDdl.drop(object, this.current)), down));
			return;
		}
		int rank = (object instanceof Routine routine && mentionsRemovedTable(routine)) ? Rank.REMOVE_CONSTRAINT
				: Rank.removal(object);
		this.changes.add(new PlannedChange(Phase.SCHEMA, rank, object.key(),
				List.of(ObjectDdl.drop(object, this.current)), down));
		if (object instanceof Sequence sequence) {
			owner(sequence, null);
		}
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
		else if (before instanceof Constraint constraint
				&& Ddl.definition(constraint).equals(Ddl.definition((Constraint) after))) {
			validityChanged(constraint, (Constraint) after);
		}
		else if (before instanceof Sequence sequence) {
			if (!List.of("ownedBy").containsAll(new SchemaChange.Changed(before, after).differingFacts())) {
				plan(Phase.SCHEMA, Rank.SEQUENCE, after, Ddl.alterSequence((Sequence) after), Ddl.alterSequence(sequence));
			}
			owner(sequence, (Sequence) after);
		}
		else if (before instanceof Routine routine && routine.routineKind() != Routine.Kind.AGGREGATE) {
			plan(Phase.SCHEMA, Rank.ROUTINE, after, Ddl.createRoutine((Routine) after), Ddl.createRoutine(routine));
		}
		else if (before instanceof Comment comment) {
			commentOn(comment, this.desired).ifPresent((target) -> plan(Phase.SCHEMA, Rank.COMMENT, after,
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

	/**
	 * The column a sequence is {@code OWNED BY}: let go of before anything is dropped (a dropped
	 * column takes its sequence along), given once the plan's columns are there.
	 * @param before the sequence as it is, or null when it is created
	 * @param after the sequence as desired, or null when it is dropped
	 */
	private void owner(Sequence before, Sequence after) {
		String was = (before != null) ? before.ownedBy() : null;
		String will = (after != null) ? after.ownedBy() : null;
		if (Objects.equals(was, will)) {
			return;
		}
		Sequence sequence = (after != null) ? after : before;
		if (was != null) {
			this.changes.add(new PlannedChange(Phase.SCHEMA, Rank.RELEASE_SEQUENCE, sequence.key(),
					List.of(Ddl.ownedBy(sequence, null)), List.of(Ddl.ownedBy(sequence, owner(was, this.current)))));
		}
		if (will != null) {
			this.changes.add(new PlannedChange(Phase.SCHEMA, Rank.SEQUENCE_OWNER, sequence.key(),
					List.of(Ddl.ownedBy(sequence, owner(will, this.desired))), List.of(Ddl.ownedBy(sequence, null))));
		}
	}

	private static Column owner(String column, Schema schema) {
		return schema.find("column " + column).map(Column.class::cast).orElseThrow();
	}

	private void addTable(Table table) {
		List<Constraint> inline = this.desired.all(Constraint.class).stream()
			.filter((constraint) -> constraint.relation().equals(table.name()) && inline(constraint, table))
			.toList();
		List<String> up = new ArrayList<>(List.of(Ddl.createTable(table, this.desired, inline)));
		if (table.rowLevelSecurity()) {
			up.add(Ddl.alterTable(table.name(), "ENABLE ROW LEVEL SECURITY"));
		}
		this.changes.add(new PlannedChange(Phase.SCHEMA, (table.partitionOf() != null) ? Rank.PARTITION : Rank.TABLE,
				table.key(), up, List.of(Ddl.dropTable(table))));
	}

	private void tableChanged(Table before, Table after) {
		if (before.rowLevelSecurity() != after.rowLevelSecurity()) {
			String enable = Ddl.alterTable(after.name(), "ENABLE ROW LEVEL SECURITY");
			String disable = Ddl.alterTable(after.name(), "DISABLE ROW LEVEL SECURITY");
			plan(Phase.SCHEMA, Rank.TABLE, after, after.rowLevelSecurity() ? enable : disable,
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
		plan(Phase.SCHEMA, Rank.COLUMN, column, Ddl.addColumn(column), Ddl.dropColumn(column));
	}

	private void addConstraint(Constraint constraint) {
		if (tableIsNew(constraint.relation()) && this.desired.find("table " + constraint.relation())
			.map((table) -> inline(constraint, (Table) table))
			.orElse(false)) {
			return;
		}
		int rank = (constraint.type() == Constraint.Type.FOREIGN_KEY) ? Rank.FOREIGN_KEY : Rank.CONSTRAINT;
		String drop = Ddl.dropConstraint(constraint.relation(), constraint.name());
		boolean checked = constraint.type() == Constraint.Type.FOREIGN_KEY || constraint.type() == Constraint.Type.CHECK;
		if (tableIsNew(constraint.relation()) || !(checked || usesIndex(constraint))) {
			// the down's drop of a new table takes its constraints along; a key that references another
			// new table goes first, as that one may be dropped before
			boolean dropFirst = !takenAlongByNewTable(constraint) || referencesOtherTable(constraint, this::isAddedTable);
			this.changes.add(new PlannedChange(Phase.SCHEMA, rank, constraint.key(),
					List.of(Ddl.addConstraint(constraint, !constraint.validated())), dropFirst ? List.of(drop) : List.of()));
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
			this.changes.add(new PlannedChange(Phase.CONCURRENT, Rank.INDEX, index.key(),
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

	/**
	 * Whether a dropped primary key or unique constraint gives way to one added on the same table
	 * whose index is built concurrently, while none of the table's columns is dropped (a dropped
	 * column would take the old key along before the new one is attached).
	 */
	private boolean replacedByAKeyBuiltConcurrently(Constraint key) {
		return usesIndex(key) && !tableIsNew(key.relation()) && !replacement(key).isEmpty()
				&& this.current.all(Column.class).stream()
					.filter((column) -> column.relation().equals(key.relation()))
					.allMatch((column) -> this.desired.find(column.key()).isPresent());
	}

	/** The primary keys and unique constraints added on the table of {@code key}. */
	private List<Constraint> replacement(Constraint key) {
		return this.desired.all(Constraint.class).stream()
			.filter((added) -> added.relation().equals(key.relation()) && usesIndex(added))
			.filter((added) -> this.current.find(added.key()).isEmpty())
			.toList();
	}

	/** When something like the dropped object is added, the renames that would explain the difference. */
	private List<Rename> renameCandidates(SchemaObject object) {
		List<Rename> renames = new ArrayList<>();
		if (object instanceof Column column) {
			this.desired.all(Column.class).stream()
				.filter((added) -> added.relation().equals(column.relation()) && added.type().equals(column.type()))
				.filter((added) -> this.current.find(added.key()).isEmpty())
				.forEach((added) -> renames.add(new Rename(column.relation(), column.name(), added.name())));
		}
		else if (object instanceof Table table && table.name().schema().equals("public")) {
			// a hint names a table of another schema only with its column
			this.desired.all(Table.class).stream()
				.filter((added) -> added.name().schema().equals("public"))
				.filter((added) -> this.current.find(added.key()).isEmpty())
				.forEach((added) -> renames.add(new Rename(table.name(), null, added.name().name())));
		}
		return renames;
	}

	/** A primary key or unique constraint, whose index can be built concurrently first. */
	private static boolean usesIndex(Constraint constraint) {
		return constraint.type() == Constraint.Type.PRIMARY_KEY || constraint.type() == Constraint.Type.UNIQUE;
	}

	private void planValidation(Constraint constraint) {
		this.changes.add(new PlannedChange(Phase.VALIDATE, Rank.CONSTRAINT, constraint.key(),
				List.of(Ddl.validate(constraint.relation(), constraint.name())),
				List.of(Ddl.dropConstraint(constraint.relation(), constraint.name()),
						Ddl.addConstraint(constraint, true))));
	}

	private void validityChanged(Constraint before, Constraint after) {
		if (after.validated()) {
			planValidation(after);
		}
		else {
			this.changes.add(new PlannedChange(Phase.SCHEMA, Rank.CONSTRAINT, after.key(),
					List.of(Ddl.dropConstraint(after.relation(), after.name()), Ddl.addConstraint(after, true)),
					List.of(Ddl.validate(before.relation(), before.name()))));
		}
	}

	private void addIndex(Index index) {
		if (relationIsNew(index.relation())) {
			boolean onView = this.desired.find("materialized view " + index.relation()).isPresent();
			this.changes.add(new PlannedChange(Phase.SCHEMA, onView ? Rank.VIEW_INDEX : Rank.INDEX, index.key(),
					List.of(Ddl.createIndex(index.definition(), false)),
					droppedWithNewTable(index, Ddl.dropIndex(index.name(), false))));
		}
		else {
			this.changes.add(new PlannedChange(Phase.CONCURRENT, Rank.INDEX, index.key(),
					List.of(Ddl.createIndex(index.definition(), true)), List.of(Ddl.dropIndex(index.name(), true))));
		}
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
	 * identity column.
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
			return constraint.type() == Constraint.Type.TRIGGER;
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

	/**
	 * Whether the new table's constraint can be written inside its {@code CREATE TABLE}: a
	 * validated primary key, unique or check constraint of a table that is not a partition, that
	 * names no function created after the tables.
	 */
	private boolean inline(Constraint constraint, Table table) {
		boolean simple = constraint.type() == Constraint.Type.PRIMARY_KEY || constraint.type() == Constraint.Type.UNIQUE
				|| constraint.type() == Constraint.Type.CHECK;
		return simple && constraint.validated() && table.partitionOf() == null && !table.foreign()
				&& !namesRoutineCreatedAfterTables(constraint);
	}

	/**
	 * The down statement of a part of a table, or none when the down drops the table, which takes it
	 * along: unless it names a function created after the tables, which the down drops before them.
	 */
	private List<String> droppedWithNewTable(SchemaObject part, String drop) {
		return takenAlongByNewTable(part) ? List.of() : List.of(drop);
	}

	private boolean takenAlongByNewTable(SchemaObject part) {
		return ownedByTable(part, this::isAddedTable) && !namesRoutineCreatedAfterTables(part);
	}

	/**
	 * Whether the object is a part of a table the test holds for: its index, trigger, policy or
	 * comment (or one of its columns'), or a sequence {@code OWNED BY} one of its columns.
	 */
	private boolean ownedByTable(SchemaObject object, Predicate<QualifiedName> test) {
		Optional<QualifiedName> table = Optional.empty();
		if (object instanceof SchemaObject.OnRelation part) {
			table = Optional.of(part.relation());
		}
		else if (object instanceof Sequence sequence && sequence.ownedBy() != null) {
			table = tableOfColumn(sequence.ownedBy());
		}
		else if (object instanceof Comment comment && comment.target().equals("relation")) {
			table = tableNamed(comment.on());
		}
		else if (object instanceof Comment comment && comment.target().equals("column")) {
			table = tableOfColumn(comment.on());
		}
		return table.filter(test).isPresent();
	}

	private Optional<QualifiedName> tableOfColumn(String column) {
		int dot = column.lastIndexOf('.');
		return (dot < 0) ? Optional.empty() : tableNamed(column.substring(0, dot));
	}

	private Optional<QualifiedName> tableNamed(String name) {
		return Stream.concat(this.current.all(Table.class).stream(), this.desired.all(Table.class).stream())
			.map(Table::name)
			.filter((table) -> table.toString().equals(name))
			.findFirst();
	}

	/** Whether the constraint is a foreign key that names a table, other than its own, that the test holds for. */
	private boolean referencesOtherTable(Constraint constraint, Predicate<QualifiedName> test) {
		if (constraint.type() != Constraint.Type.FOREIGN_KEY) {
			return false;
		}
		String references = constraint.definition().substring(constraint.definition().indexOf("REFERENCES"));
		return Stream.concat(this.current.all(Table.class).stream(), this.desired.all(Table.class).stream())
			.map(Table::name)
			.filter((table) -> !table.equals(constraint.relation()) && test.test(table))
			.anyMatch((table) -> Sql.mentions(references, table.name()));
	}

	/**
	 * Whether the part (a trigger, an index, a check) names a new function that is created after the
	 * tables and dropped before them, so the part must come after it and go before it.
	 */
	private boolean namesRoutineCreatedAfterTables(SchemaObject part) {
		return this.desired.all(Routine.class).stream()
			.filter((routine) -> this.current.find(routine.key()).isEmpty() && !createdBeforeTables(routine))
			.anyMatch((routine) -> Sql.mentions(part.describe(), routine.name().name()));
	}

	/** Whether the part names a dropped function that names a dropped table, and so goes before the tables. */
	private boolean namesRoutineDroppedBeforeTables(SchemaObject part) {
		return this.current.all(Routine.class).stream()
			.filter((routine) -> this.desired.find(routine.key()).isEmpty() && mentionsRemovedTable(routine))
			.anyMatch((routine) -> Sql.mentions(part.describe(), routine.name().name()));
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

	private boolean isAddedTable(QualifiedName table) {
		return this.current.find("table " + table).isEmpty() && this.desired.find("table " + table).isPresent();
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
				this.changes.add(new PlannedChange(Phase.SCHEMA, Rank.REMOVE_INDEX, index.key(), List.of(),
						List.of(Ddl.createIndex(index.definition(), false))));
				this.changes.add(new PlannedChange(Phase.SCHEMA, Rank.VIEW_INDEX, index.key(),
						List.of(Ddl.createIndex(index.definition(), false)), List.of()));
			}
		}
	}

	private Optional<String> commentOn(Comment comment, Schema schema) {
		Optional<String> target = CommentTarget.of(comment, schema);
		if (target.isEmpty()) {
			notHandled(comment, "commenting on it");
		}
		return target;
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
		this.changes.add(new PlannedChange(phase, Rank.COLUMN, object.key(), up, down));
	}

	boolean expandContract() {
		return this.options.expandContract();
	}

	/** Plans the type change as expand, backfill and contract; false when the column cannot be moved so. */
	boolean expandContract(Column before, Column after) {
		return ExpandContract.plan(before, after, this.current, this.desired, this, this.options.allowDrop());
	}

	/** A lint error the plan makes on purpose, because it was asked for. */
	void expectLint(String lintRule) {
		this.expectedLintRules.add(lintRule);
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
