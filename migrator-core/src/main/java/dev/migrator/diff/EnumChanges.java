package dev.migrator.diff;

import java.util.ArrayList;
import java.util.List;

import dev.migrator.schema.Column;
import dev.migrator.schema.EnumType;
import dev.migrator.schema.Schema;

/**
 * New values of an existing enum: {@code ADD VALUE} in place. PostgreSQL cannot remove a
 * value, so the down builds the type again with its old values and moves the columns that use
 * it over (which fails, as it should, while a row still holds a new value), around what
 * depends on the type ({@link EnumDependents}). Removing or
 * reordering values is refused with the reason.
 */
final class EnumChanges {

	private EnumChanges() {
	}

	static void plan(EnumType before, EnumType after, Schema current, DdlPlanner planner) {
		if (!isKeptInOrder(before.labels(), after.labels())) {
			planner.refuse(after, "loses or reorders values (" + String.join(", ", before.labels()) + " to "
					+ String.join(", ", after.labels()) + "): PostgreSQL cannot remove an enum value, so the type must"
					+ " be built again and every column that uses it moved over; write this migration by hand");
			return;
		}
		List<String> up = new ArrayList<>();
		for (int i = 0; i < after.labels().size(); i++) {
			String label = after.labels().get(i);
			if (!before.labels().contains(label)) {
				up.add("ALTER TYPE " + Sql.name(after.name()) + " ADD VALUE " + Sql.literal(label)
						+ ((i == 0) ? " BEFORE " + Sql.literal(after.labels().get(1))
								: " AFTER " + Sql.literal(after.labels().get(i - 1))));
			}
		}
		planner.plan(new PlannedChange(Phase.ENUM_VALUES, 0, after.key(), up, rebuild(before, current)));
	}

	/** Whether every old value is still there, in the same order. */
	private static boolean isKeptInOrder(List<String> before, List<String> after) {
		List<String> kept = after.stream().filter(before::contains).toList();
		return kept.equals(before);
	}

	/** The type built again with its old values, and the columns that use it moved over to it. */
	private static List<String> rebuild(EnumType type, Schema current) {
		String name = Sql.name(type.name());
		String old = type.name().name() + "_before_down";
		EnumDependents dependents = EnumDependents.of(type, current);
		List<String> statements = new ArrayList<>(dependents.drops());
		statements.add("ALTER TYPE " + name + " RENAME TO " + Sql.quote(old));
		statements.add(Ddl.createEnum(type));
		for (Column column : current.all(Column.class)) {
			boolean array = column.type().endsWith("[]");
			if (!column.type().replace("[]", "").equals(EnumDependents.formatted(type))
					|| current.find("table " + column.relation()).isEmpty()) {
				continue;
			}
			if (column.defaultExpression() != null) {
				statements.add(Ddl.alterColumn(column, "DROP DEFAULT"));
			}
			statements.add(Ddl.alterColumn(column, "TYPE " + name + (array ? "[]" : "") + " USING "
					+ Sql.quote(column.name()) + "::text" + (array ? "[]" : "") + "::" + name + (array ? "[]" : "")));
			if (column.defaultExpression() != null) {
				statements.add(Ddl.setDefault(column));
			}
		}
		statements.add("DROP TYPE " + Sql.quote(type.name().schema()) + "." + Sql.quote(old));
		statements.addAll(dependents.creates());
		return statements;
	}

}
