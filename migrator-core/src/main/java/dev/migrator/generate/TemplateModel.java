package dev.migrator.generate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.migrator.GeneratorException;
import dev.migrator.generate.MigrationKind.Need;

/** The variables templates see, every identifier validated and quoted where needed. */
final class TemplateModel {

	private TemplateModel() {
	}

	/**
	 * @param stem the name both files share, e.g. {@code 000002_add_orders_status}
	 */
	static Map<String, Object> of(MigrationKind kind, MigrationRequest request, String stem) {
		Map<String, Object> model = new HashMap<>();
		model.put("description", humanize(request.name()));
		model.put("upFile", stem + ".up.sql");
		model.put("downFile", stem + ".down.sql");
		String tableName = request.table();
		if (kind.needs(Need.TABLE)) {
			model.put("table", Identifiers.sql(tableName, "table name"));
		}
		List<Map<String, Object>> columns = new ArrayList<>();
		List<String> names = new ArrayList<>();
		for (ColumnSpec column : request.columns()) {
			columns.add(column(column, tableName, kind));
			names.add(Identifiers.sql(column.name(), "column name"));
		}
		model.put("columns", columns);
		model.put("columnNames", names);
		requireColumns(kind, request);
		if (!columns.isEmpty()) {
			model.put("column", columns.get(0));
			String columnName = request.columns().get(0).name();
			model.put("constraintName",
					Identifiers.sql(Identifiers.derived(tableName, columnName, "not_null"), "constraint"));
			model.put("newColumn", Identifiers.sql(Identifiers.derived(columnName, "new"), "column name"));
			model.put("oldName", Identifiers.sql(Identifiers.derived(columnName, "old"), "column name"));
		}
		kind.addTo(model, request);
		return model;
	}

	private static Map<String, Object> column(ColumnSpec column, String table, MigrationKind kind) {
		String name = Identifiers.sql(column.name(), "column name");
		String type = (column.type() != null) ? column.type() : (column.referencedTable() != null ? "bigint" : null);
		if (type == null && kind.needs(Need.COLUMN_TYPES)) {
			throw new GeneratorException("Column " + column.name() + " needs a type: write " + column.name()
					+ ":TYPE, e.g. " + column.name() + ":text.");
		}
		kind.checkColumn(column, type);
		StringBuilder definition = new StringBuilder(name + " " + type);
		if (column.notNull()) {
			definition.append(" NOT NULL");
		}
		if (column.defaultValue() != null) {
			definition.append(" DEFAULT ").append(column.defaultValue());
		}
		Map<String, Object> view = new LinkedHashMap<>();
		if (column.referencedTable() != null) {
			String referencedTable = Identifiers.sql(column.referencedTable(), "referenced table");
			String referencedColumn = Identifiers.sql(column.referencedColumn(), "referenced column");
			definition.append(" REFERENCES ").append(referencedTable).append(" (").append(referencedColumn).append(")");
			view.put("referencedTable", referencedTable);
			view.put("referencedColumn", referencedColumn);
		}
		view.put("name", name);
		view.put("type", column.type());
		view.put("defaultValue", column.defaultValue());
		view.put("definition", definition.toString());
		view.put("references", column.referencedTable() != null);
		view.put("indexName", Identifiers.sql(Identifiers.derived(table, column.name(), "idx"), "index name"));
		return view;
	}

	private static void requireColumns(MigrationKind kind, MigrationRequest request) {
		if (kind.needs(Need.COLUMN) && request.columns().isEmpty()) {
			throw new GeneratorException(kind.id() + " needs a column: --column NAME[:TYPE][:OPTIONS]");
		}
		if (kind.needs(Need.REFERENCED_TABLE) && request.columns().get(0).referencedTable() == null) {
			throw new GeneratorException(kind.id() + " needs the referenced table: --column "
					+ request.columns().get(0).name() + ":bigint:references=TABLE(COLUMN)");
		}
	}

	private static String humanize(String name) {
		String words = name.replace('_', ' ');
		return Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}

}
