package dev.migrator.generate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.migrator.GeneratorException;

/**
 * Renders the class of a {@link ModelClass} from the columns of a {@code create-table} request:
 * the {@code id}, {@code created_at} and {@code updated_at} columns its template always adds,
 * and the request's own, each with its Java type from {@link JavaType}.
 */
final class ModelClassRenderer {

	private static final Pattern JAVA_IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

	private static final Pattern LENGTH = Pattern.compile("(?:varchar|character varying)\\((\\d+)\\)");

	private static final Pattern PRECISION = Pattern.compile("(?:numeric|decimal)\\((\\d+)(?:, ?(\\d+))?\\)");

	private static final Set<String> KEYWORDS = Set.of("abstract", "assert", "boolean", "break", "byte", "case",
			"catch", "char", "class", "const", "continue", "default", "do", "double", "else", "enum", "extends", "false",
			"final", "finally", "float", "for", "goto", "if", "implements", "import", "instanceof", "int", "interface",
			"long", "native", "new", "null", "package", "private", "protected", "public", "record", "return", "short",
			"static", "strictfp", "super", "switch", "synchronized", "this", "throw", "throws", "transient", "true",
			"try", "var", "void", "volatile", "while", "yield", "_");

	/** The columns create-table.up.sql adds to every table; the class maps them too. */
	private static final ColumnSpec ID = new ColumnSpec("id", "bigint", true, null, null, null);

	private static final ColumnSpec CREATED_AT = new ColumnSpec("created_at", "timestamptz", true, "now()", null,
			null);

	private static final ColumnSpec UPDATED_AT = new ColumnSpec("updated_at", "timestamptz", true, "now()", null,
			null);

	private final Templates templates;

	ModelClassRenderer(Templates templates) {
		this.templates = templates;
	}

	/**
	 * The class's file under its source directory and its text.
	 *
	 * @param request a {@code create-table} request
	 */
	Rendered render(ModelClass model, MigrationRequest request) {
		String className = model.className();
		int lastDot = className.lastIndexOf('.');
		String packageName = (lastDot < 0) ? null : className.substring(0, lastDot);
		String simpleName = className.substring(lastDot + 1);
		for (String part : className.split("\\.", -1)) {
			requireJavaIdentifier(part, "The class name '" + className + "'");
		}
		Identifiers.validate(request.table(), "table name");
		List<Map<String, Object>> fields = new ArrayList<>();
		Set<String> imports = new TreeSet<>();
		boolean json = false;
		List<ColumnSpec> columns = new ArrayList<>();
		columns.add(ID);
		columns.addAll(request.columns());
		columns.add(CREATED_AT);
		columns.add(UPDATED_AT);
		for (ColumnSpec column : columns) {
			JavaType type = javaType(column, model.style());
			if (type != null) {
				json |= type.json();
				if (type.importName() != null) {
					imports.add(type.importName());
				}
			}
			fields.add(field(column, type));
		}
		Map<String, Object> view = new HashMap<>();
		view.put("packageName", packageName);
		view.put("className", simpleName);
		view.put("tableName", request.table());
		view.put("table", javaString(Identifiers.sql(request.table(), "table name")));
		view.put("imports", List.copyOf(imports));
		view.put("json", json);
		view.put("fields", fields);
		String text = this.templates.render(model.style().template(), view);
		Path file = model.sourceDirectory();
		if (packageName != null) {
			file = file.resolve(packageName.replace('.', '/'));
		}
		return new Rendered(file.resolve(simpleName + ".java"), text);
	}

	/** A type the table lacks is left to a template of the user's, else refused. */
	private JavaType javaType(ColumnSpec column, ModelClass.Style style) {
		String sqlType = (column.type() != null) ? column.type() : "bigint";
		JavaType type = JavaType.of(sqlType).orElse(null);
		if (type == null && !this.templates.overridden(style.template())) {
			throw new GeneratorException("Column " + column.name() + " has the type " + sqlType + ", which has no Java"
					+ " type in the generated class (mapped: " + String.join(", ", JavaType.sqlTypes()) + "). Map it"
					+ " in your own " + this.templates.describe(style.template()) + " (its columns give sqlType), or"
					+ " choose a mapped type.");
		}
		return type;
	}

	private static Map<String, Object> field(ColumnSpec column, JavaType type) {
		String sqlType = (column.type() != null) ? column.type() : "bigint";
		String name = fieldName(column.name());
		Map<String, Object> field = new HashMap<>();
		field.put("name", name);
		field.put("accessor", Character.toUpperCase(name.charAt(0)) + name.substring(1));
		field.put("javaType", (type != null) ? type.name() : null);
		field.put("column", javaString(Identifiers.sql(column.name(), "column name")));
		field.put("label", column.name());
		field.put("sqlType", sqlType);
		field.put("nullable", !column.notNull());
		field.put("length", modifier(LENGTH, sqlType, 1));
		field.put("precision", modifier(PRECISION, sqlType, 1));
		field.put("scale", modifier(PRECISION, sqlType, 2));
		field.put("json", type != null && type.json());
		field.put("reader", (type != null) ? type.reader().formatted("\"" + column.name() + "\"") : null);
		field.put("references", (column.referencedTable() != null)
				? column.referencedTable() + "(" + column.referencedColumn() + ")" : null);
		field.put("id", column == ID);
		field.put("creationTimestamp", column == CREATED_AT);
		field.put("updateTimestamp", column == UPDATED_AT);
		field.put("settable", column != ID && column != CREATED_AT && column != UPDATED_AT);
		return field;
	}

	/** {@code owner_id} becomes {@code ownerId}. */
	private static String fieldName(String column) {
		StringBuilder name = new StringBuilder();
		for (String word : column.split("_")) {
			if (word.isEmpty()) {
				continue;
			}
			name.append(name.isEmpty() ? Character.toLowerCase(word.charAt(0)) : Character.toUpperCase(word.charAt(0)))
				.append(word.substring(1));
		}
		String field = name.toString();
		requireJavaIdentifier(field, "Column " + column + " gives the field name '" + field + "', which");
		return field;
	}

	private static void requireJavaIdentifier(String name, String subject) {
		if (!JAVA_IDENTIFIER.matcher(name).matches() || KEYWORDS.contains(name)) {
			throw new GeneratorException(subject + " is not a Java name: every part must be a Java identifier"
					+ " and not a keyword (e.g. com.acme.Order, a column order_class).");
		}
	}

	private static Integer modifier(Pattern pattern, String sqlType, int group) {
		Matcher matcher = pattern.matcher(sqlType);
		return (matcher.matches() && matcher.group(group) != null) ? Integer.valueOf(matcher.group(group)) : null;
	}

	/** The identifier as the inside of a Java string literal: a quoted one keeps its quotes. */
	private static String javaString(String sqlIdentifier) {
		return sqlIdentifier.replace("\"", "\\\"");
	}

	/**
	 * A rendered class.
	 *
	 * @param file where it goes
	 * @param text its source
	 */
	record Rendered(Path file, String text) {

	}

}
