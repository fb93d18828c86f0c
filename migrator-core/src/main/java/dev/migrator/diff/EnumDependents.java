package dev.migrator.diff;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.migrator.schema.Column;
import dev.migrator.schema.Comment;
import dev.migrator.schema.Constraint;
import dev.migrator.schema.EnumType;
import dev.migrator.schema.Index;
import dev.migrator.schema.QualifiedName;
import dev.migrator.schema.Routine;
import dev.migrator.schema.Schema;
import dev.migrator.schema.Trigger;
import dev.migrator.schema.View;

/**
 * What stops an enum from being built again under its name: views with a column of the type
 * and {@code BEGIN ATOMIC} routines that use one (PostgreSQL will not change a column type
 * under them), and indexes, checks and triggers that hold one of its values as a constant
 * (bound to the old type, they fail to be reparsed). They are dropped before and created again
 * after, from their definitions in the schema.
 */
final class EnumDependents {

	private final List<String> drops = new ArrayList<>();

	private final List<String> creates = new ArrayList<>();

	private EnumDependents() {
	}

	static EnumDependents of(EnumType type, Schema schema) {
		EnumDependents dependents = new EnumDependents();
		String typeName = type.name().name();
		List<Routine> routines = routines(type, schema);
		List<View> views = ViewOrder.dependenciesFirst(views(type, routines, schema));
		Set<QualifiedName> viewNames = new HashSet<>(views.stream().map(View::name).toList());
		List<View> dropped = new ArrayList<>(views);
		Collections.reverse(dropped);
		dropped.forEach((view) -> dependents.drops.add(Ddl.dropView(view)));
		routines.forEach((routine) -> dependents.drops.add(Ddl.dropRoutine(routine)));
		routines.forEach((routine) -> dependents.creates.add(Ddl.createRoutine(routine)));
		views.forEach((view) -> dependents.creates.add(Ddl.createView(view)));
		for (Index index : schema.all(Index.class)) {
			boolean ofConstraint = schema.find("constraint " + index.relation() + "." + index.name().name()).isPresent();
			if (viewNames.contains(index.relation())) {
				dependents.creates.add(Ddl.createIndex(index.definition(), false));
			}
			else if (!ofConstraint && Sql.mentions(index.definition(), typeName)) {
				dependents.drops.add(Ddl.dropIndex(index.name(), false));
				dependents.creates.add(Ddl.createIndex(index.definition(), false));
			}
		}
		for (Constraint check : schema.all(Constraint.class)) {
			if (check.type() == Constraint.Type.CHECK && Sql.mentions(check.definition(), typeName)) {
				dependents.drops.add(Ddl.dropConstraint(check.relation(), check.name()));
				dependents.creates.add(Ddl.addConstraint(check, !check.validated()));
			}
		}
		for (Trigger trigger : schema.all(Trigger.class)) {
			if (Sql.mentions(trigger.definition(), typeName)) {
				dependents.drops.add(Ddl.dropTrigger(trigger));
				dependents.creates.addAll(Ddl.createTrigger(trigger));
			}
		}
		for (Comment comment : schema.all(Comment.class)) {
			boolean onView = viewNames.stream()
				.anyMatch((view) -> comment.on().equals(view.toString()) || comment.on().startsWith(view + "."));
			boolean onRoutine = comment.target().equals("function") && routines.stream()
				.anyMatch((routine) -> comment.on().equals(routine.name() + "(" + routine.arguments() + ")"));
			if (onView || onRoutine) {
				CommentTarget.of(comment, schema)
					.ifPresent((target) -> dependents.creates.add(target + " IS " + Sql.literal(comment.text())));
			}
		}
		return dependents;
	}

	/**
	 * {@code BEGIN ATOMIC} routines that name the type or a column of it: PostgreSQL binds their
	 * bodies to both, so it will neither change the column nor drop the old type under them.
	 */
	private static List<Routine> routines(EnumType type, Schema schema) {
		String formatted = formatted(type);
		Set<String> columns = new HashSet<>();
		schema.all(Column.class).stream()
			.filter((column) -> column.type().replace("[]", "").equals(formatted))
			.forEach((column) -> columns.add(column.name()));
		return schema.all(Routine.class).stream()
			.filter((routine) -> routine.routineKind() != Routine.Kind.AGGREGATE
					&& routine.definition().contains("BEGIN ATOMIC"))
			.filter((routine) -> Sql.mentions(routine.definition(), type.name().name())
					|| columns.stream().anyMatch((column) -> Sql.mentions(routine.definition(), column)))
			.toList();
	}

	/** Views with a column of the type, that name it or one of the routines, and the views built on those. */
	private static List<View> views(EnumType type, List<Routine> routines, Schema schema) {
		String formatted = formatted(type);
		List<View> found = new ArrayList<>();
		for (View view : schema.all(View.class)) {
			boolean hasColumn = schema.columnsOf(view.name()).stream()
				.map(Column::type)
				.anyMatch((columnType) -> columnType.replace("[]", "").equals(formatted));
			if (hasColumn || Sql.mentions(view.query(), type.name().name())
					|| routines.stream().anyMatch((routine) -> Sql.mentions(view.query(), routine.name().name()))) {
				found.add(view);
			}
		}
		boolean grew = true;
		while (grew) {
			grew = false;
			for (View view : schema.all(View.class)) {
				if (!found.contains(view) && found.stream().anyMatch((used) -> Sql.mentions(view.query(), used.name().name()))) {
					found.add(view);
					grew = true;
				}
			}
		}
		return found;
	}

	/** The type's name as format_type gives it under the default search path. */
	static String formatted(EnumType type) {
		String name = Sql.quote(type.name().name());
		return type.name().schema().equals("public") ? name : Sql.quote(type.name().schema()) + "." + name;
	}

	/** Before the type is renamed away. */
	List<String> drops() {
		return this.drops;
	}

	/** After the old type is dropped. */
	List<String> creates() {
		return this.creates;
	}

}
