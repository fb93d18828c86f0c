package dev.migrator.schema;

/** A view or a materialized view, with its query as {@code pg_get_viewdef} gives it. */
public record View(QualifiedName name, boolean materialized, String query) implements SchemaObject {

	@Override
	public String kind() {
		return this.materialized ? "materialized view" : "view";
	}

	@Override
	public String identity() {
		return this.name.toString();
	}

	@Override
	public String describe() {
		return this.query;
	}

}
