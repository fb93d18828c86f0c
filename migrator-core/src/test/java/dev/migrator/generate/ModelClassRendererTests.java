package dev.migrator.generate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.migrator.GeneratorException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class ModelClassRendererTests {

	private static final Path SOURCES = Path.of("src/main/java");

	@TempDir
	Path templates;

	static Stream<Arguments> typeMapping() {
		return Stream.of(arguments("bigint", "Long", "rs.getObject(\"c\", Long.class)"),
				arguments("int8", "Long", "rs.getObject(\"c\", Long.class)"),
				arguments("integer", "Integer", "rs.getObject(\"c\", Integer.class)"),
				arguments("int", "Integer", "rs.getObject(\"c\", Integer.class)"),
				arguments("smallint", "Short", "rs.getObject(\"c\", Short.class)"),
				arguments("text", "String", "rs.getObject(\"c\", String.class)"),
				arguments("varchar(80)", "String", "rs.getObject(\"c\", String.class)"),
				arguments("character varying(80)", "String", "rs.getObject(\"c\", String.class)"),
				arguments("boolean", "Boolean", "rs.getObject(\"c\", Boolean.class)"),
				arguments("numeric(12,2)", "BigDecimal", "rs.getObject(\"c\", BigDecimal.class)"),
				arguments("numeric", "BigDecimal", "rs.getObject(\"c\", BigDecimal.class)"),
				arguments("real", "Float", "rs.getObject(\"c\", Float.class)"),
				arguments("double precision", "Double", "rs.getObject(\"c\", Double.class)"),
				arguments("timestamptz", "OffsetDateTime", "rs.getObject(\"c\", OffsetDateTime.class)"),
				arguments("timestamp with time zone", "OffsetDateTime", "rs.getObject(\"c\", OffsetDateTime.class)"),
				arguments("timestamp", "LocalDateTime", "rs.getObject(\"c\", LocalDateTime.class)"),
				arguments("date", "LocalDate", "rs.getObject(\"c\", LocalDate.class)"),
				arguments("time", "LocalTime", "rs.getObject(\"c\", LocalTime.class)"),
				arguments("uuid", "UUID", "rs.getObject(\"c\", UUID.class)"),
				arguments("jsonb", "String", "rs.getString(\"c\")"),
				arguments("bytea", "byte[]", "rs.getBytes(\"c\")"));
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@MethodSource("typeMapping")
	void mapsEachPostgresTypeToAJavaTypeInTheEntityAndTheRecord(String sqlType, String javaType, String reader) {
		MigrationRequest request = createTable("c:" + sqlType);
		assertThat(render(ModelClass.entity("com.acme.Thing", SOURCES), request))
			.contains("private " + javaType + " c;");
		assertThat(render(ModelClass.record("com.acme.Thing", SOURCES), request)).contains(javaType + " c,")
			.contains(reader + ",");
	}

	@Test
	void writesAnEntityWithItsTableIdentityKeyColumnsAndAccessors() {
		ModelClassRenderer.Rendered rendered = renderer().render(ModelClass.entity("com.acme.Order", SOURCES),
				createTable("customer_id:bigint:not-null:references=customers(id)", "code:varchar(20):not-null",
						"total:numeric(12,2)", "settings:jsonb"));
		assertThat(rendered.file()).isEqualTo(Path.of("src/main/java/com/acme/Order.java"));
		assertThat(rendered.text()).startsWith("package com.acme;\n")
			.contains("@Entity\n@Table(name = \"orders\")\npublic class Order {")
			.contains("\t@Id\n\t@GeneratedValue(strategy = GenerationType.IDENTITY)\n"
					+ "\t@Column(name = \"id\", nullable = false)\n\tprivate Long id;")
			.contains("\t// references customers(id)\n\t@Column(name = \"customer_id\", nullable = false)\n"
					+ "\tprivate Long customerId;")
			.contains("@Column(name = \"code\", nullable = false, length = 20)")
			.contains("@Column(name = \"total\", precision = 12, scale = 2)\n\tprivate BigDecimal total;")
			.contains("\t@JdbcTypeCode(SqlTypes.JSON)\n\t@Column(name = \"settings\")\n\tprivate String settings;")
			.contains("\t@CreationTimestamp\n\t@Column(name = \"created_at\", nullable = false, updatable = false)\n"
					+ "\tprivate OffsetDateTime createdAt;")
			.contains("protected Order() {")
			.contains("public void setCustomerId(Long customerId) {")
			.contains("public Long getId() {")
			.doesNotContain("setId(")
			.doesNotContain("setCreatedAt(")
			.contains("import java.math.BigDecimal;\nimport java.time.OffsetDateTime;\n");
	}

	@Test
	void quotesAReservedTableNameInsideTheJavaString() {
		MigrationRequest request = MigrationRequest.of("create_user", "create-table")
			.withTable("user")
			.withColumns("name:text");
		assertThat(render(ModelClass.entity("Account", SOURCES), request)).startsWith("import java.time.")
			.contains("@Table(name = \"\\\"user\\\"\")");
	}

	@Test
	void refusesAnUnmappedTypeNamingTheColumnAndTheTemplateToOverride() {
		assertThatExceptionOfType(GeneratorException.class)
			.isThrownBy(() -> render(ModelClass.entity("com.acme.Order", SOURCES), createTable("tags:text[]")))
			.withMessageContaining("Column tags has the type text[]")
			.withMessageContaining("Map it in your own " + this.templates.resolve("entity.java"));
		assertThatExceptionOfType(GeneratorException.class)
			.isThrownBy(() -> new ModelClassRenderer(new Templates(null))
				.render(ModelClass.record("com.acme.Order", SOURCES), createTable("tags:text[]")))
			.withMessageContaining("Map it in your own record.java in a --templates folder");
	}

	@Test
	void refusesAClassOrFieldNameThatIsNotJava() {
		assertThatExceptionOfType(GeneratorException.class)
			.isThrownBy(() -> render(ModelClass.entity("com.acme.new.Order", SOURCES), createTable("a:text")))
			.withMessageContaining("'com.acme.new.Order' is not a Java name");
		assertThatExceptionOfType(GeneratorException.class)
			.isThrownBy(() -> render(ModelClass.record("com.acme.Order", SOURCES), createTable("class:text")))
			.withMessageContaining("Column class gives the field name 'class'");
	}

	@Test
	void aTemplateInTheUsersFolderOverridesTheBuiltInOneAndMayMapAnyType() throws Exception {
		Files.writeString(this.templates.resolve("entity.java"), """
				// house style
				[# th:each="f : ${fields}"][(${f.label})] [(${f.sqlType})] [(${f.javaType != null ? f.javaType : 'java.util.List<String>'})]
				[/]""");
		String text = render(ModelClass.entity("com.acme.Order", SOURCES), createTable("tags:text[]", "title:text"));
		assertThat(text).isEqualTo("""
				// house style
				id bigint Long
				tags text[] java.util.List<String>
				title text String
				created_at timestamptz OffsetDateTime
				updated_at timestamptz OffsetDateTime
				""");
		assertThat(render(ModelClass.record("com.acme.Order", SOURCES), createTable("title:text")))
			.as("the other template stays built in")
			.contains("public record Order(");
	}

	private static MigrationRequest createTable(String... columns) {
		return MigrationRequest.of("create_orders", "create-table").withTable("orders").withColumns(columns);
	}

	private String render(ModelClass model, MigrationRequest request) {
		return renderer().render(model, request).text();
	}

	private ModelClassRenderer renderer() {
		return new ModelClassRenderer(new Templates(this.templates));
	}

}
