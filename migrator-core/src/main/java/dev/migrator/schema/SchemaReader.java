package dev.migrator.schema;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads a schema from {@code pg_catalog} with one statement per kind of object, all sent in
 * one round trip: verify reads the schema three times per migration, so this stays one
 * prepared, planned-once batch on its connection.
 */
final class SchemaReader {

	private static final Pattern MICROSECONDS = Pattern.compile("^(timestamp|time|interval)\\(6\\)");

	/** Namespaces that are never user schemas. */
	private static final String USER_NAMESPACE = "n.nspname NOT IN ('pg_catalog', 'information_schema')"
			+ " AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp%'";

	/** Leaves out objects created by an extension. */
	private static final String NOT_FROM_EXTENSION = "NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d"
			+ " WHERE d.classid = 'pg_catalog.%s'::regclass AND d.objid = %s AND d.deptype = 'e')";

	/** The names of the excluded tables, bound to every placeholder. */
	private static final String EXCLUDED = "?::text[]";

	private static final String RELATION_NOT_EXCLUDED = "c.relname <> ALL (" + EXCLUDED + ") AND "
			+ NOT_FROM_EXTENSION.formatted("pg_class", "c.oid");

	private static final List<Part> PARTS = List.of(
			new Part("SELECT n.nspname FROM pg_catalog.pg_namespace n WHERE " + USER_NAMESPACE + " AND "
					+ NOT_FROM_EXTENSION.formatted("pg_namespace", "n.oid"),
					rows((row) -> new Namespace(row.getString(1)))),
			new Part("SELECT e.extname, n.nspname FROM pg_catalog.pg_extension e"
					+ " JOIN pg_catalog.pg_namespace n ON n.oid = e.extnamespace WHERE e.extname <> 'plpgsql'",
					rows((row) -> new Extension(row.getString(1), row.getString(2)))),
			new Part("SELECT c.relkind::text, n.nspname, c.relname,"
					+ " CASE WHEN c.relkind = 'p' THEN pg_catalog.pg_get_partkeydef(c.oid) END,"
					+ " pn.nspname, p.relname, pg_catalog.pg_get_expr(c.relpartbound, c.oid),"
					+ " c.relpersistence = 'u', c.relrowsecurity,"
					+ " CASE WHEN c.relkind IN ('v', 'm') THEN pg_catalog.pg_get_viewdef(c.oid) END,"
					+ " pg_catalog.format_type(s.seqtypid, NULL), s.seqstart, s.seqincrement, s.seqmin, s.seqmax,"
					+ " s.seqcache, s.seqcycle,"
					// the column a sequence is OWNED BY (a serial's, or an identity's)
					+ " (SELECT rn.nspname || '.' || r.relname || '.' || a.attname FROM pg_catalog.pg_depend d"
					+ " JOIN pg_catalog.pg_class r ON r.oid = d.refobjid JOIN pg_catalog.pg_namespace rn ON rn.oid = r.relnamespace"
					+ " JOIN pg_catalog.pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid"
					+ " WHERE c.relkind = 'S' AND d.classid = 'pg_catalog.pg_class'::regclass AND d.objid = c.oid"
					+ " AND d.refclassid = 'pg_catalog.pg_class'::regclass AND d.refobjsubid > 0 AND d.deptype IN ('a', 'i'))"
					+ " FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
					+ " LEFT JOIN pg_catalog.pg_inherits i ON c.relispartition AND i.inhrelid = c.oid"
					+ " LEFT JOIN pg_catalog.pg_class p ON p.oid = i.inhparent"
					+ " LEFT JOIN pg_catalog.pg_namespace pn ON pn.oid = p.relnamespace"
					+ " LEFT JOIN pg_catalog.pg_sequence s ON s.seqrelid = c.oid"
					+ " WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f', 'c') AND " + USER_NAMESPACE + " AND "
					+ RELATION_NOT_EXCLUDED
					// a sequence owned by an excluded table, such as a serial in the history's log
					+ " AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d JOIN pg_catalog.pg_class owner"
					+ " ON owner.oid = d.refobjid WHERE d.objid = c.oid AND d.deptype IN ('a', 'i')"
					+ " AND owner.relname = ANY (" + EXCLUDED + "))"
					+ " AND NOT (c.relkind = 'c' AND EXISTS (SELECT 1 FROM pg_catalog.pg_type t WHERE t.typrelid = c.oid"
					+ " AND " + NOT_FROM_EXTENSION.formatted("pg_type", "t.oid").replace("NOT EXISTS", "EXISTS") + "))",
					rows(SchemaReader::relation)),
			new Part("SELECT n.nspname, c.relname, a.attname, pg_catalog.format_type(a.atttypid, a.atttypmod),"
					+ " a.attnotnull, pg_catalog.pg_get_expr(ad.adbin, ad.adrelid), a.attgenerated::text,"
					+ " a.attidentity::text, CASE WHEN a.attcollation <> 0 AND a.attcollation <>"
					+ " (SELECT typcollation FROM pg_catalog.pg_type WHERE oid = a.atttypid)"
					+ " THEN (SELECT collname FROM pg_catalog.pg_collation WHERE oid = a.attcollation) END"
					+ " FROM pg_catalog.pg_attribute a JOIN pg_catalog.pg_class c ON c.oid = a.attrelid"
					+ " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
					+ " LEFT JOIN pg_catalog.pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum"
					+ " WHERE a.attnum > 0 AND NOT a.attisdropped AND c.relkind IN ('r', 'p', 'v', 'm', 'f', 'c') AND "
					+ USER_NAMESPACE + " AND " + RELATION_NOT_EXCLUDED + " ORDER BY n.nspname, c.relname, a.attnum",
					SchemaReader::columns),
			new Part("SELECT n.nspname, COALESCE(c.relname, t.typname), con.conname, con.contype::text,"
					+ " pg_catalog.pg_get_constraintdef(con.oid), con.convalidated, con.contypid <> 0"
					+ " FROM pg_catalog.pg_constraint con JOIN pg_catalog.pg_namespace n ON n.oid = con.connamespace"
					+ " LEFT JOIN pg_catalog.pg_class c ON c.oid = con.conrelid"
					+ " LEFT JOIN pg_catalog.pg_type t ON t.oid = con.contypid"
					+ " WHERE " + USER_NAMESPACE + " AND COALESCE(c.relname, '') <> ALL (" + EXCLUDED + ")"
					+ " AND (c.oid IS NULL OR " + NOT_FROM_EXTENSION.formatted("pg_class", "c.oid") + ")"
					+ " AND (t.oid IS NULL OR " + NOT_FROM_EXTENSION.formatted("pg_type", "t.oid") + ")"
					// a partition's copy of its parent's constraint is the parent's
					+ " AND con.conparentid = 0"
					// PostgreSQL 18 records NOT NULL as a constraint too, named after the table at the time
					// (a renamed table keeps the old name): nullability is the column's fact, the name is noise
					+ " AND con.contype <> 'n'",
					rows(SchemaReader::constraint)),
			new Part("SELECT n.nspname, i.relname, c.relname, pg_catalog.pg_get_indexdef(i.oid), x.indisunique,"
					+ " x.indpred IS NOT NULL, am.amname"
					+ " FROM pg_catalog.pg_index x JOIN pg_catalog.pg_class i ON i.oid = x.indexrelid"
					+ " JOIN pg_catalog.pg_class c ON c.oid = x.indrelid JOIN pg_catalog.pg_namespace n ON n.oid = i.relnamespace"
					+ " JOIN pg_catalog.pg_am am ON am.oid = i.relam WHERE " + USER_NAMESPACE + " AND "
					+ RELATION_NOT_EXCLUDED
					// a partition's index attached to its parent's index is the parent's
					+ " AND NOT i.relispartition",
					rows((row) -> new Index(name(row, 1, 2), name(row, 1, 3), row.getString(4), row.getBoolean(5),
							row.getBoolean(6), row.getString(7)))),
			new Part("SELECT n.nspname, p.proname, pg_catalog.pg_get_function_identity_arguments(p.oid), p.prokind::text,"
					// an aggregate has no functiondef
					+ " CASE WHEN p.prokind = 'a' THEN pg_catalog.pg_get_function_result(p.oid)"
					+ " ELSE pg_catalog.pg_get_functiondef(p.oid) END"
					+ " FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace"
					+ " WHERE p.prokind IN ('f', 'p', 'w', 'a') AND " + USER_NAMESPACE + " AND "
					+ NOT_FROM_EXTENSION.formatted("pg_proc", "p.oid"),
					rows((row) -> new Routine(name(row, 1, 2), row.getString(3), Routine.Kind.of(row.getString(4)),
							row.getString(5)))),
			new Part("SELECT n.nspname, c.relname, tg.tgname, pg_catalog.pg_get_triggerdef(tg.oid), tg.tgenabled::text"
					+ " FROM pg_catalog.pg_trigger tg JOIN pg_catalog.pg_class c ON c.oid = tg.tgrelid"
					+ " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
					// internal triggers implement foreign keys; a partition's clone is its parent's trigger
					+ " WHERE NOT tg.tgisinternal AND tg.tgparentid = 0 AND " + USER_NAMESPACE + " AND "
					+ RELATION_NOT_EXCLUDED,
					rows((row) -> new Trigger(name(row, 1, 2), row.getString(3), row.getString(4),
							Trigger.Firing.of(row.getString(5))))),
			new Part("SELECT t.typtype::text, n.nspname, t.typname,"
					+ " CASE WHEN t.typtype = 'e' THEN ARRAY(SELECT e.enumlabel::text FROM pg_catalog.pg_enum e"
					+ " WHERE e.enumtypid = t.oid ORDER BY e.enumsortorder) END,"
					+ " pg_catalog.format_type(t.typbasetype, t.typtypmod), t.typnotnull, t.typdefault,"
					+ " (SELECT pg_catalog.format_type(r.rngsubtype, NULL) FROM pg_catalog.pg_range r WHERE r.rngtypid = t.oid)"
					+ " FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace"
					+ " WHERE t.typtype IN ('e', 'd', 'r', 'b') AND " + USER_NAMESPACE + " AND "
					+ NOT_FROM_EXTENSION.formatted("pg_type", "t.oid")
					// the array type PostgreSQL makes for every type
					+ " AND NOT (t.typtype = 'b' AND (t.typelem <> 0 OR t.typname LIKE '\\_%'))",
					rows(SchemaReader::type)),
			new Part("SELECT CASE WHEN d.objsubid > 0 THEN 'column' ELSE 'relation' END, n.nspname || '.' || c.relname"
					+ " || CASE WHEN d.objsubid > 0 THEN '.' || (SELECT attname FROM pg_catalog.pg_attribute"
					+ " WHERE attrelid = c.oid AND attnum = d.objsubid) ELSE '' END, d.description"
					+ " FROM pg_catalog.pg_description d JOIN pg_catalog.pg_class c ON c.oid = d.objoid"
					+ " AND d.classoid = 'pg_catalog.pg_class'::regclass JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
					+ " WHERE " + USER_NAMESPACE + " AND " + RELATION_NOT_EXCLUDED
					+ " UNION ALL SELECT CASE WHEN p.prokind = 'a' THEN 'aggregate' ELSE 'function' END, n.nspname || '.'"
					+ " || p.proname || '(' || pg_catalog.pg_get_function_identity_arguments(p.oid) || ')', d.description"
					+ " FROM pg_catalog.pg_description d JOIN pg_catalog.pg_proc p ON p.oid = d.objoid"
					+ " AND d.classoid = 'pg_catalog.pg_proc'::regclass JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace"
					+ " WHERE " + USER_NAMESPACE + " AND " + NOT_FROM_EXTENSION.formatted("pg_proc", "p.oid")
					+ " UNION ALL SELECT 'type', n.nspname || '.' || t.typname, d.description"
					+ " FROM pg_catalog.pg_description d JOIN pg_catalog.pg_type t ON t.oid = d.objoid"
					+ " AND d.classoid = 'pg_catalog.pg_type'::regclass JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace"
					+ " WHERE " + USER_NAMESPACE + " AND " + NOT_FROM_EXTENSION.formatted("pg_type", "t.oid")
					+ " UNION ALL SELECT 'schema', n.nspname, d.description"
					+ " FROM pg_catalog.pg_description d JOIN pg_catalog.pg_namespace n ON n.oid = d.objoid"
					+ " AND d.classoid = 'pg_catalog.pg_namespace'::regclass"
					+ " WHERE " + USER_NAMESPACE + " AND " + NOT_FROM_EXTENSION.formatted("pg_namespace", "n.oid"),
					rows((row) -> new Comment(row.getString(1), row.getString(2), row.getString(3)))),
			new Part("SELECT n.nspname, c.relname, p.polname, p.polcmd::text, p.polpermissive,"
					+ " pg_catalog.pg_get_expr(p.polqual, p.polrelid), pg_catalog.pg_get_expr(p.polwithcheck, p.polrelid)"
					+ " FROM pg_catalog.pg_policy p JOIN pg_catalog.pg_class c ON c.oid = p.polrelid"
					+ " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE " + USER_NAMESPACE + " AND "
					+ RELATION_NOT_EXCLUDED,
					rows((row) -> new Policy(name(row, 1, 2), row.getString(3), Policy.command(row.getString(4)),
							row.getBoolean(5), row.getString(6), row.getString(7)))));

	private static final String QUERY = PARTS.stream().map(Part::sql).collect(Collectors.joining(";\n"));

	private static final int PLACEHOLDERS = (int) QUERY.chars().filter((c) -> c == '?').count();

	private SchemaReader() {
	}

	static List<SchemaObject> read(Connection connection, Set<String> excludedTables) throws SQLException {
		List<SchemaObject> objects = new ArrayList<>();
		try (PreparedStatement statement = connection.prepareStatement(QUERY)) {
			Array excluded = connection.createArrayOf("text", excludedTables.toArray());
			for (int i = 1; i <= PLACEHOLDERS; i++) {
				statement.setArray(i, excluded);
			}
			statement.execute();
			for (Part part : PARTS) {
				try (ResultSet rows = statement.getResultSet()) {
					part.reader().read(rows, objects::add);
				}
				statement.getMoreResults();
			}
		}
		return objects;
	}

	private static SchemaObject relation(ResultSet row) throws SQLException {
		QualifiedName name = name(row, 2, 3);
		String relkind = row.getString(1);
		return switch (relkind) {
			case "v", "m" -> new View(name, relkind.equals("m"), row.getString(10));
			case "S" -> new Sequence(name, row.getString(11), row.getLong(12), row.getLong(13), row.getLong(14),
					row.getLong(15), row.getLong(16), row.getBoolean(17), row.getBoolean(8), row.getString(18));
			case "c" -> new CompositeType(name);
			default -> new Table(name, relkind.equals("f"), row.getString(4),
					(row.getString(5) != null) ? name(row, 5, 6) : null, row.getString(7), row.getBoolean(8),
					row.getBoolean(9));
		};
	}

	/**
	 * A type as {@code format_type} gives it, without a fractional-seconds precision of 6:
	 * that is the most PostgreSQL keeps and what no precision means, so {@code timestamptz}
	 * and Hibernate's {@code timestamp(6) with time zone} are the same column.
	 */
	static String type(String formatted) {
		return MICROSECONDS.matcher(formatted).replaceFirst("$1");
	}

	/** Each relation's columns, and their order as one more object. */
	private static void columns(ResultSet rows, Consumer<SchemaObject> objects) throws SQLException {
		Map<QualifiedName, List<String>> order = new LinkedHashMap<>();
		while (rows.next()) {
			QualifiedName relation = name(rows, 1, 2);
			String generated = rows.getString(7);
			String expression = rows.getString(6);
			String identity = rows.getString(8);
			objects.accept(new Column(relation, rows.getString(3), type(rows.getString(4)), rows.getBoolean(5),
					generated.isEmpty() ? expression : null, generated.isEmpty() ? null : expression,
					switch (generated) {
						case "s" -> Column.Generated.STORED;
						case "v" -> Column.Generated.VIRTUAL;
						default -> null;
					}, switch (identity) {
						case "a" -> Column.Identity.ALWAYS;
						case "d" -> Column.Identity.BY_DEFAULT;
						default -> null;
					}, rows.getString(9)));
			order.computeIfAbsent(relation, (key) -> new ArrayList<>()).add(rows.getString(3));
		}
		order.forEach((relation, columns) -> objects.accept(new ColumnOrder(relation, columns)));
	}

	private static SchemaObject constraint(ResultSet row) throws SQLException {
		if (row.getBoolean(7)) {
			return new DomainConstraint(name(row, 1, 2), row.getString(3), row.getString(5), row.getBoolean(6));
		}
		return new Constraint(name(row, 1, 2), row.getString(3), Constraint.Type.of(row.getString(4)),
				row.getString(5), row.getBoolean(6));
	}

	private static SchemaObject type(ResultSet row) throws SQLException {
		QualifiedName name = name(row, 2, 3);
		return switch (row.getString(1)) {
			case "e" -> new EnumType(name, List.of((String[]) row.getArray(4).getArray()));
			case "d" -> new Domain(name, type(row.getString(5)), row.getBoolean(6), row.getString(7));
			case "r" -> new RangeType(name, row.getString(8));
			default -> new BaseType(name);
		};
	}

	private static QualifiedName name(ResultSet row, int schema, int name) throws SQLException {
		return new QualifiedName(row.getString(schema), row.getString(name));
	}

	private static Reader rows(RowMapper mapper) {
		return (rows, objects) -> {
			while (rows.next()) {
				objects.accept(mapper.map(rows));
			}
		};
	}

	/** One statement of the batch and what makes objects of its rows. */
	private record Part(String sql, Reader reader) {
	}

	@FunctionalInterface
	private interface Reader {

		void read(ResultSet rows, Consumer<SchemaObject> objects) throws SQLException;

	}

	@FunctionalInterface
	private interface RowMapper {

		SchemaObject map(ResultSet row) throws SQLException;

	}

}
