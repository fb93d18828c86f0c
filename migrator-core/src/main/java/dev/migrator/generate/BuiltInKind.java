package dev.migrator.generate;

import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.migrator.GeneratorException;

/** The kinds whose templates ship with the generator; each one's output passes lint and verify. */
enum BuiltInKind implements MigrationKind {

	BLANK("blank"),

	CREATE_TABLE("create-table", Need.TABLE, Need.COLUMN_TYPES),

	ADD_COLUMN("add-column", Need.TABLE, Need.COLUMN, Need.COLUMN_TYPES) {

		@Override
		public void checkColumn(ColumnSpec column, String type) {
			if (column.notNull() && column.defaultValue() == null) {
				throw new GeneratorException("Adding the NOT NULL column " + column.name() + " without a default fails on"
						+ " a table with rows: give it a default, or use --kind add-not-null-column.");
			}
		}

	},

	ADD_NOT_NULL_COLUMN("add-not-null-column", Need.TABLE, Need.COLUMN, Need.COLUMN_TYPES) {

		@Override
		public void checkColumn(ColumnSpec column, String type) {
			if (column.defaultValue() == null) {
				throw new GeneratorException("add-not-null-column needs a default to backfill existing rows: write "
						+ column.name() + ":" + type + ":default=VALUE.");
			}
		}

	},

	ADD_INDEX("add-index", Need.TABLE) {

		@Override
		public void addTo(Map<String, Object> model, MigrationRequest request) {
			List<String> indexColumns = request.indexColumns().isEmpty()
					? request.columns().stream().map(ColumnSpec::name).toList() : request.indexColumns();
			if (indexColumns.isEmpty()) {
				throw new GeneratorException("add-index needs the columns to index: --index COLUMN[,COLUMN]");
			}
			List<String> quoted = indexColumns.stream().map((name) -> Identifiers.sql(name, "index column")).toList();
			model.put("indexColumns", String.join(", ", quoted));
			model.put("indexName", Identifiers.sql(Identifiers.derived(request.table(), String.join("_", indexColumns),
					request.unique() ? "key" : "idx"), "index name"));
			model.put("unique", request.unique());
			model.put("concurrently", request.concurrently());
		}

	},

	ADD_FOREIGN_KEY("add-foreign-key", Need.TABLE, Need.COLUMN, Need.REFERENCED_TABLE) {

		@Override
		public void addTo(Map<String, Object> model, MigrationRequest request) {
			String column = request.columns().get(0).name();
			model.put("constraintName",
					Identifiers.sql(Identifiers.derived(request.table(), column, "fkey"), "constraint"));
		}

	},

	ADD_CHECK_CONSTRAINT("add-check-constraint", Need.TABLE) {

		@Override
		public void addTo(Map<String, Object> model, MigrationRequest request) {
			model.put("check", CheckExpression.validated(request.check()));
			model.put("constraintName",
					Identifiers.sql(Identifiers.derived(request.table(), request.name(), "check"), "constraint"));
		}

	},

	RENAME_COLUMN("rename-column", Need.TABLE, Need.COLUMN) {

		@Override
		public void addTo(Map<String, Object> model, MigrationRequest request) {
			model.put("newName", Identifiers.sql(request.newName(), "new column name"));
		}

	},

	CHANGE_COLUMN_TYPE("change-column-type", Need.TABLE, Need.COLUMN) {

		@Override
		public void addTo(Map<String, Object> model, MigrationRequest request) {
			// A column spec validates the type by the same grammar as a column's.
			model.put("newType", new ColumnSpec("x", request.newType(), false, null, null, null).type());
		}

	};

	private final String id;

	private final Set<Need> needs;

	BuiltInKind(String id, Need... needs) {
		this.id = id;
		this.needs = Set.of(needs);
	}

	@Override
	public String id() {
		return this.id;
	}

	@Override
	public boolean needs(Need need) {
		return this.needs.contains(need);
	}

}
