package dev.migrator.generate;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The Java type a PostgreSQL column maps to in a generated class, and how a {@code RowMapper}
 * reads it. One table, so the entity and the record agree.
 *
 * @param name the type as written in the class, e.g. {@code BigDecimal}
 * @param importName what the class imports for it, or {@code null} (for {@code java.lang})
 * @param json whether Hibernate must be told the column is JSON
 * @param reader the {@code ResultSet} call, {@code %s} standing for the column's label
 */
record JavaType(String name, String importName, boolean json, String reader) {

	private static final Map<String, JavaType> BY_SQL_TYPE = new LinkedHashMap<>();

	static {
		map(plain("Long", null), "bigint", "int8", "bigserial", "serial8");
		map(plain("Integer", null), "integer", "int", "int4", "serial", "serial4");
		map(plain("Short", null), "smallint", "int2");
		map(plain("String", null), "text", "varchar", "character varying");
		map(plain("Boolean", null), "boolean", "bool");
		map(plain("BigDecimal", "java.math.BigDecimal"), "numeric", "decimal");
		map(plain("Float", null), "real", "float4");
		map(plain("Double", null), "double precision", "float8");
		map(plain("OffsetDateTime", "java.time.OffsetDateTime"), "timestamptz", "timestamp with time zone");
		map(plain("LocalDateTime", "java.time.LocalDateTime"), "timestamp", "timestamp without time zone");
		map(plain("LocalDate", "java.time.LocalDate"), "date");
		map(plain("LocalTime", "java.time.LocalTime"), "time", "time without time zone");
		map(plain("UUID", "java.util.UUID"), "uuid");
		map(new JavaType("String", null, true, "rs.getString(%s)"), "jsonb");
		map(new JavaType("byte[]", null, false, "rs.getBytes(%s)"), "bytea");
	}

	/**
	 * The Java type of a column type as the generator accepts it, e.g. {@code numeric(12,2)}:
	 * modifiers are ignored; arrays and unlisted types have none.
	 */
	static Optional<JavaType> of(String sqlType) {
		if (sqlType.endsWith("[]")) {
			return Optional.empty();
		}
		int modifiers = sqlType.indexOf('(');
		String base = (modifiers < 0) ? sqlType : sqlType.substring(0, modifiers).strip();
		return Optional.ofNullable(BY_SQL_TYPE.get(base));
	}

	/** The mapped PostgreSQL type names, in the order of the table. */
	static Iterable<String> sqlTypes() {
		return BY_SQL_TYPE.keySet();
	}

	private static JavaType plain(String name, String importName) {
		return new JavaType(name, importName, false, "rs.getObject(%s, " + name + ".class)");
	}

	private static void map(JavaType type, String... sqlTypes) {
		for (String sqlType : sqlTypes) {
			BY_SQL_TYPE.put(sqlType, type);
		}
	}

}
