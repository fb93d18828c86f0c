package dev.migrator.schema;

import java.util.List;

/**
 * The names of a relation's columns in the order they stand. A down that drops and re-adds a
 * column puts it last, and PostgreSQL has no way to put it back, so this fact is compared only
 * when asked ({@link Schema#withoutColumnOrder()}).
 */
public record ColumnOrder(QualifiedName relation, List<String> columns) implements SchemaObject.OnRelation {

	public ColumnOrder {
		columns = List.copyOf(columns);
	}

	@Override
	public String kind() {
		return "column order";
	}

	@Override
	public String identity() {
		return this.relation.toString();
	}

	@Override
	public String describe() {
		return String.join(", ", this.columns);
	}

}
