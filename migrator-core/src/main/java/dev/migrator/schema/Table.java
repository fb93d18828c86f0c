package dev.migrator.schema;

import static dev.migrator.schema.Facts.join;
import static dev.migrator.schema.Facts.prefixed;
import static dev.migrator.schema.Facts.when;

/**
 * A table (plain, partitioned, a partition, or foreign). Its columns are objects of their own
 * ({@link Schema#columnsOf}), so that a difference names the column.
 * @param partitionKey the partition key of a partitioned table ({@code RANGE (created_at)}), or null
 * @param partitionOf the parent of a partition, or null
 * @param partitionBound the bound of a partition ({@code FOR VALUES FROM ... TO ...}), or null
 */
public record Table(QualifiedName name, boolean foreign, String partitionKey, QualifiedName partitionOf,
		String partitionBound, boolean unlogged, boolean rowLevelSecurity) implements SchemaObject {

	@Override
	public String kind() {
		return this.foreign ? "foreign table" : "table";
	}

	@Override
	public String identity() {
		return this.name.toString();
	}

	@Override
	public String describe() {
		return join(prefixed("partitioned by ", this.partitionKey),
				(this.partitionOf != null) ? "partition of " + this.partitionOf + " " + this.partitionBound : null,
				when(this.unlogged, "unlogged"), when(this.rowLevelSecurity, "row level security"));
	}

}
