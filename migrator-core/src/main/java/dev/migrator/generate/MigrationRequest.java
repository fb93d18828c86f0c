package dev.migrator.generate;

import java.util.List;

/**
 * What to generate.
 *
 * @param name the migration's name, snake_case, e.g. {@code add_orders_status}
 * @param kind the template kind, e.g. {@code create-table}
 * @param table the table it changes, where the kind needs one
 * @param columns the columns it adds or changes
 * @param indexColumns the indexed columns, for {@code add-index}
 * @param unique whether the index is unique
 * @param concurrently whether the index is built concurrently
 * @param check the check expression, for {@code add-check-constraint}
 * @param newName the new column name, for {@code rename-column}
 * @param newType the new type, for {@code change-column-type}
 */
public record MigrationRequest(String name, String kind, String table, List<ColumnSpec> columns,
		List<String> indexColumns, boolean unique, boolean concurrently, String check, String newName, String newType) {

	public MigrationRequest {
		columns = (columns != null) ? List.copyOf(columns) : List.of();
		indexColumns = (indexColumns != null) ? List.copyOf(indexColumns) : List.of();
	}

	/** A request with only a name and a kind; add the rest with the {@code with…} methods. */
	public static MigrationRequest of(String name, String kind) {
		return new MigrationRequest(name, kind, null, List.of(), List.of(), false, false, null, null, null);
	}

	public MigrationRequest withTable(String table) {
		return new MigrationRequest(this.name, this.kind, table, this.columns, this.indexColumns, this.unique,
				this.concurrently, this.check, this.newName, this.newType);
	}

	public MigrationRequest withColumns(String... specs) {
		return new MigrationRequest(this.name, this.kind, this.table,
				java.util.Arrays.stream(specs).map(ColumnSpec::parse).toList(), this.indexColumns, this.unique,
				this.concurrently, this.check, this.newName, this.newType);
	}

	public MigrationRequest withIndex(List<String> indexColumns, boolean unique, boolean concurrently) {
		return new MigrationRequest(this.name, this.kind, this.table, this.columns, indexColumns, unique, concurrently,
				this.check, this.newName, this.newType);
	}

	public MigrationRequest withCheck(String check) {
		return new MigrationRequest(this.name, this.kind, this.table, this.columns, this.indexColumns, this.unique,
				this.concurrently, check, this.newName, this.newType);
	}

	public MigrationRequest withNewName(String newName) {
		return new MigrationRequest(this.name, this.kind, this.table, this.columns, this.indexColumns, this.unique,
				this.concurrently, this.check, newName, this.newType);
	}

	public MigrationRequest withNewType(String newType) {
		return new MigrationRequest(this.name, this.kind, this.table, this.columns, this.indexColumns, this.unique,
				this.concurrently, this.check, this.newName, newType);
	}

}
