package dev.migrator.schema;

/**
 * One object of a schema. Its {@link #key()} names it uniquely among all objects of a
 * database ({@code index public.orders_status_idx}), so two schemas are compared key by key;
 * its {@link #describe()} gives its facts in one line of text, for people.
 */
public sealed interface SchemaObject permits SchemaObject.OnRelation, Namespace, Extension, Table, View, Sequence,
		CompositeType, DomainConstraint, Routine, EnumType, Domain, RangeType, BaseType, Comment {

	/** What kind of object this is, as a reader says it: {@code table}, {@code materialized view}. */
	String kind();

	/** The object's name, qualified as far as it needs to be unique for its kind. */
	String identity();

	/** The object's facts as text, e.g. an index's {@code CREATE INDEX} statement. */
	String describe();

	default String key() {
		return kind() + " " + identity();
	}

	/** An object that belongs to a table or another relation (a column, an index, a trigger, ...). */
	sealed interface OnRelation extends SchemaObject permits Column, ColumnOrder, Constraint, Index, Trigger, Policy {

		QualifiedName relation();

	}

}
