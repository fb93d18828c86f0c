package dev.migrator.diff;

import dev.migrator.schema.Column;
import dev.migrator.schema.Comment;
import dev.migrator.schema.Constraint;
import dev.migrator.schema.DomainConstraint;
import dev.migrator.schema.Extension;
import dev.migrator.schema.Index;
import dev.migrator.schema.Namespace;
import dev.migrator.schema.Routine;
import dev.migrator.schema.SchemaObject;
import dev.migrator.schema.Sequence;
import dev.migrator.schema.Table;
import dev.migrator.schema.Trigger;
import dev.migrator.schema.View;

/**
 * Where each kind of change runs in a pair's up ({@link PlannedChange#rank()}): what depends
 * on others is removed first and added last; the down runs in reverse.
 */
final class Rank {

	/** Settings of the pair's transaction ({@code SET LOCAL}), before any statement. */
	static final int SETTING = -2;

	static final int RENAME = -1;

	static final int REMOVE_COMMENT = 0;

	/** A sequence taken from its column before anything is dropped: the drop of the column would take it along. */
	static final int RELEASE_SEQUENCE = 0;

	static final int REMOVE_TRIGGER = 1;

	static final int REMOVE_FOREIGN_KEY = 2;

	static final int REMOVE_INDEX = 3;

	static final int REMOVE_VIEW = 4;

	static final int REMOVE_CONSTRAINT = 5;

	static final int REMOVE_COLUMN = 6;

	static final int REMOVE_TABLE = 7;

	static final int REMOVE_ROUTINE = 8;

	static final int REMOVE_SEQUENCE = 9;

	static final int REMOVE_TYPE = 10;

	static final int REMOVE_EXTENSION = 11;

	static final int REMOVE_SCHEMA = 12;

	static final int SCHEMA = 20;

	static final int EXTENSION = 21;

	static final int TYPE = 22;

	static final int SEQUENCE = 23;

	/**
	 * A new function or procedure whose body is not checked at creation (pg_dump's order): before
	 * the tables and columns whose defaults, checks, generated columns and indexes call it.
	 */
	static final int ROUTINE_BEFORE_TABLES = 24;

	static final int TABLE = 25;

	static final int PARTITION = 26;

	static final int COLUMN = 27;

	/** A sequence given to its column: once the column is there. */
	static final int SEQUENCE_OWNER = 28;

	/** A function or procedure parsed at creation ({@code BEGIN ATOMIC}) or typed by a new table: after the tables. */
	static final int ROUTINE = 29;

	static final int CONSTRAINT = 30;

	static final int FOREIGN_KEY = 31;

	static final int INDEX = 32;

	static final int VIEW = 33;

	static final int VIEW_INDEX = 34;

	static final int TRIGGER = 35;

	static final int COMMENT = 36;

	/** A key that another replaces: dropped once the new one holds. */
	static final int REPLACED_KEY = 37;

	static final int DOMAIN_CONSTRAINT = TYPE + 1;

	private Rank() {
	}

	static int removal(SchemaObject object) {
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

	/** Where creating an object of a kind that is just created runs. */
	static int addition(SchemaObject object) {
		if (object instanceof Namespace) {
			return SCHEMA;
		}
		if (object instanceof Extension) {
			return EXTENSION;
		}
		if (object instanceof DomainConstraint) {
			return DOMAIN_CONSTRAINT;
		}
		if (object instanceof Sequence) {
			return SEQUENCE;
		}
		if (object instanceof Routine) {
			return ROUTINE;
		}
		if (object instanceof Trigger) {
			return TRIGGER;
		}
		return TYPE;
	}

}
