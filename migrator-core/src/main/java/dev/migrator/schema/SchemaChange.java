package dev.migrator.schema;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One structural difference between two schemas, for one object. A table's columns,
 * constraints, indexes, triggers and policies are objects of their own, so a changed table
 * shows as changes of exactly those parts: {@code Changed(Column before, Column after)} with
 * {@link Changed#differingFacts()} {@code [type, notNull]} is an {@code ALTER COLUMN}, an
 * {@code Added(Constraint)} an {@code ADD CONSTRAINT}.
 */
public sealed interface SchemaChange {

	/** The key of the object that differs, as {@link SchemaObject#key()}. */
	String key();

	/** An object that only the second schema has. */
	record Added(SchemaObject object) implements SchemaChange {

		@Override
		public String key() {
			return this.object.key();
		}

	}

	/** An object that only the first schema has. */
	record Removed(SchemaObject object) implements SchemaChange {

		@Override
		public String key() {
			return this.object.key();
		}

	}

	/** An object both schemas have, of the same type, with different facts. */
	record Changed(SchemaObject before, SchemaObject after) implements SchemaChange {

		public Changed {
			if (before.getClass() != after.getClass() || !before.key().equals(after.key())) {
				throw new IllegalArgumentException(before.key() + " and " + after.key() + " are not one object");
			}
		}

		@Override
		public String key() {
			return this.before.key();
		}

		/** The names of the record components that differ, such as {@code type} or {@code defaultExpression}. */
		public List<String> differingFacts() {
			List<String> facts = new ArrayList<>();
			for (RecordComponent component : this.before.getClass().getRecordComponents()) {
				if (!Objects.equals(value(component, this.before), value(component, this.after))) {
					facts.add(component.getName());
				}
			}
			return facts;
		}

		private static Object value(RecordComponent component, SchemaObject object) {
			try {
				return component.getAccessor().invoke(object);
			}
			catch (IllegalAccessException | InvocationTargetException ex) {
				throw new IllegalStateException("Could not read " + component.getName() + " of " + object.key(), ex);
			}
		}

	}

}
