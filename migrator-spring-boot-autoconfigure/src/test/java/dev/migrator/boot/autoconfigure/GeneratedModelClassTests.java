package dev.migrator.boot.autoconfigure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

import org.hibernate.SessionFactory;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.cfg.Configuration;
import org.hibernate.tool.schema.spi.SchemaManagementException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.migrator.Migrator;
import dev.migrator.generate.GeneratedMigration;
import dev.migrator.generate.MigrationGenerator;
import dev.migrator.generate.MigrationRequest;
import dev.migrator.generate.ModelClass;
import dev.migrator.test.EmbeddedPostgresExtension;
import dev.migrator.test.MigrationFolder;
import dev.migrator.test.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The class the generator bean writes next to a create-table pair compiles, and Hibernate's
 * {@code validate} (or a {@code JdbcClient} query, for a record) accepts it against the table
 * the pair creates on PostgreSQL.
 */
class GeneratedModelClassTests {

	/** One column of every mapped type, plus a foreign key. */
	private static final MigrationRequest CREATE_ORDERS = MigrationRequest.of("create_orders", "create-table")
		.withTable("orders")
		.withColumns("customer_id:bigint:not-null:references=customers(id)", "code:varchar(20):not-null",
				"note:text", "quantity:integer:not-null:default=1", "rank:smallint", "total:numeric(12,2)",
				"weight:real", "ratio:double precision", "paid:boolean:not-null:default=false", "placed_on:date",
				"ships_at:timestamp", "pickup_time:time", "confirmed_at:timestamptz", "tracking:uuid",
				"attributes:jsonb", "receipt:bytea");

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(MigratorAutoConfiguration.class));

	@TempDir
	Path project;

	@Test
	void anEntityCompilesAndHibernateValidatesItAgainstTheMigratedTable() throws Exception {
		TestDatabase db = EmbeddedPostgresExtension.newDatabase();
		GeneratedMigration generated = generateAndMigrate(db, ModelClass.entity("com.acme.Order", sources()));
		Class<?> order = compile(generated.modelClass()).loadClass("com.acme.Order");
		db.execute("INSERT INTO customers DEFAULT VALUES");
		try (SessionFactory hibernate = hibernate(db, order)) {
			Object entity = newEntity(order);
			hibernate.inTransaction((session) -> session.persist(entity));
			assertThat(order.getMethod("getId").invoke(entity)).isNotNull();
		}
		assertThat(db.queryColumn("SELECT code || ' ' || quantity || ' ' || total || ' ' || (attributes->>'gift')"
				+ " || ' ' || (created_at IS NOT NULL) FROM orders"))
			.containsExactly("A-1 3 12.50 true true");
	}

	@Test
	void hibernateRefusesTheEntityWhenAColumnIsWrong() throws Exception {
		TestDatabase db = EmbeddedPostgresExtension.newDatabase();
		GeneratedMigration generated = generateAndMigrate(db, ModelClass.entity("com.acme.Order", sources()));
		Path source = generated.modelClass();
		Files.writeString(source, Files.readString(source).replace("name = \"note\"", "name = \"notes\""));
		Class<?> misnamed = compile(source).loadClass("com.acme.Order");
		assertThatExceptionOfType(SchemaManagementException.class).isThrownBy(() -> hibernate(db, misnamed).close())
			.withMessageContaining("missing column [notes]");
		db.execute("ALTER TABLE orders RENAME COLUMN note TO notes");
		hibernate(db, misnamed).close();
		db.execute("ALTER TABLE orders ALTER COLUMN quantity TYPE text");
		assertThatExceptionOfType(SchemaManagementException.class).isThrownBy(() -> hibernate(db, misnamed).close())
			.withMessageContaining("column [quantity]");
	}

	@Test
	void aRecordCompilesAndItsRowMapperReadsAnInsertedRow() throws Exception {
		TestDatabase db = EmbeddedPostgresExtension.newDatabase();
		GeneratedMigration generated = generateAndMigrate(db, ModelClass.record("com.acme.OrderRow", sources()));
		ClassLoader classes = compile(generated.modelClass());
		db.execute("INSERT INTO customers DEFAULT VALUES");
		db.execute("""
				INSERT INTO orders (customer_id, code, note, quantity, rank, total, weight, ratio, paid, placed_on,
				    ships_at, pickup_time, confirmed_at, tracking, attributes, receipt)
				VALUES (1, 'A-1', NULL, 3, 2, 12.50, 1.5, 0.25, true, '2026-12-05', '2026-12-06 10:00', '09:30',
				    '2026-12-05 12:00+00', '6f1c1d2e-0000-4000-8000-000000000001', '{"gift": true}', '\\x0102')
				""");
		RowMapper<?> mapper = (RowMapper<?>) classes.loadClass("com.acme.OrderRow$Mapper")
			.getConstructor()
			.newInstance();
		Object row = JdbcClient.create(db.dataSource()).sql("SELECT * FROM orders").query(mapper).single();
		Map<String, Object> values = new LinkedHashMap<>();
		for (RecordComponent component : row.getClass().getRecordComponents()) {
			values.put(component.getName(), component.getAccessor().invoke(row));
		}
		assertThat(values).containsEntry("id", 1L)
			.containsEntry("customerId", 1L)
			.containsEntry("code", "A-1")
			.containsEntry("note", null)
			.containsEntry("quantity", 3)
			.containsEntry("rank", (short) 2)
			.containsEntry("total", new BigDecimal("12.50"))
			.containsEntry("weight", 1.5f)
			.containsEntry("ratio", 0.25d)
			.containsEntry("paid", true)
			.containsEntry("placedOn", LocalDate.of(2026, 12, 5))
			.containsEntry("shipsAt", LocalDateTime.of(2026, 12, 6, 10, 0))
			.containsEntry("pickupTime", LocalTime.of(9, 30))
			.containsEntry("tracking", UUID.fromString("6f1c1d2e-0000-4000-8000-000000000001"))
			.containsEntry("attributes", "{\"gift\": true}");
		assertThat((OffsetDateTime) values.get("confirmedAt")).isEqualTo(OffsetDateTime.parse("2026-12-05T12:00Z"));
		assertThat((byte[]) values.get("receipt")).containsExactly(1, 2);
		assertThat(values.get("createdAt")).isInstanceOf(OffsetDateTime.class);
	}

	/** Writes the pair and the class with the generator bean, then migrates with the Migrator bean. */
	private GeneratedMigration generateAndMigrate(TestDatabase db, ModelClass modelClass) {
		Path migrations = this.project.resolve("src/main/resources/db/migrations");
		new MigrationFolder(createDirectories(migrations)).pair("000001_create_customers",
				"CREATE TABLE customers (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY);", "DROP TABLE customers;");
		List<GeneratedMigration> generated = new ArrayList<>();
		this.contextRunner.withBean(DataSource.class, db::dataSource)
			.withPropertyValues("migrator.locations=filesystem:" + migrations,
					"migrator.generator.output-dir=" + migrations)
			.run((context) -> {
				generated.add(context.getBean(MigrationGenerator.class).generate(CREATE_ORDERS, modelClass));
				context.getBean(Migrator.class).migrate();
			});
		assertThat(db.tableExists("public.orders")).isTrue();
		return generated.get(0);
	}

	/** Compiles the source against the test's class path into a folder of its own. */
	private ClassLoader compile(Path source) throws Exception {
		Path classes = Files.createTempDirectory(this.project, "classes");
		JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
		DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
		try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, null,
				StandardCharsets.UTF_8)) {
			boolean compiled = compiler
				.getTask(null, files, diagnostics,
						List.of("-classpath", System.getProperty("java.class.path"), "-d", classes.toString(),
								"-Xlint:all", "-Werror"),
						null, files.getJavaFileObjects(source.toFile()))
				.call();
			assertThat(compiled).as(() -> diagnostics.getDiagnostics().toString() + "\n" + read(source)).isTrue();
		}
		return new URLClassLoader(new URL[] { classes.toUri().toURL() }, getClass().getClassLoader());
	}

	private static SessionFactory hibernate(TestDatabase db, Class<?> entity) {
		// Hibernate loads the entity by name, so it is given the class loader of the compiled class.
		Configuration configuration = new Configuration(
				new BootstrapServiceRegistryBuilder().applyClassLoader(entity.getClassLoader()).build())
			.addAnnotatedClass(entity);
		configuration.getProperties().put(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, db.dataSource());
		configuration.getProperties().put(AvailableSettings.HBM2DDL_AUTO, "validate");
		return configuration.buildSessionFactory();
	}

	private static Object newEntity(Class<?> order) throws Exception {
		Constructor<?> constructor = order.getDeclaredConstructor();
		constructor.setAccessible(true);
		Object entity = constructor.newInstance();
		order.getMethod("setCustomerId", Long.class).invoke(entity, 1L);
		order.getMethod("setCode", String.class).invoke(entity, "A-1");
		order.getMethod("setQuantity", Integer.class).invoke(entity, 3);
		order.getMethod("setPaid", Boolean.class).invoke(entity, true);
		order.getMethod("setTotal", BigDecimal.class).invoke(entity, new BigDecimal("12.50"));
		order.getMethod("setAttributes", String.class).invoke(entity, "{\"gift\": true}");
		order.getMethod("setReceipt", byte[].class).invoke(entity, (Object) new byte[] { 1, 2 });
		order.getMethod("setConfirmedAt", OffsetDateTime.class).invoke(entity, OffsetDateTime.now());
		return entity;
	}

	private Path sources() {
		return this.project.resolve("src/main/java");
	}

	private static Path createDirectories(Path folder) {
		try {
			return Files.createDirectories(folder);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String read(Path source) {
		try {
			return Files.readString(source);
		}
		catch (IOException ex) {
			return ex.toString();
		}
	}

}
